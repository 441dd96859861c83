# Managed by ansible role "nginx-site" -- local changes will be overwritten.

upstream shop_backend {
    server 127.0.0.1:8001 max_fails=3 fail_timeout=10s;
    server 127.0.0.1:8002 max_fails=3 fail_timeout=10s;
}

server {
    listen 80;
    listen [::]:80;
    server_name shop.example.com www.shop.example.com;

    location /.well-known/acme-challenge/ {
        root /var/www/letsencrypt;
    }

    location / {
        return 301 https://$host$request_uri;
    }
}

server {
    listen 443 ssl http2;
    listen [::]:443 ssl http2;
    server_name shop.example.com;

    ssl_certificate     /etc/letsencrypt/live/shop.example.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/shop.example.com/privkey.pem;
    ssl_protocols       TLSv1.2 TLSv1.3;
    ssl_session_cache   shared:SSL:10m;
    ssl_session_timeout 1d;
    add_header Strict-Transport-Security "max-age=63072000" always;

    root /var/www/shop/public;

    access_log /var/log/nginx/shop.access.log;
    error_log  /var/log/nginx/shop.error.log warn;

    client_max_body_size 20m;

    location / {
        try_files $uri @app;
    }

    location @app {
        proxy_pass http://shop_backend;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-Proto $scheme;
        proxy_set_header Referer $http_referer;
        proxy_read_timeout 60s;
    }

    location ~* \.(?:css|js|woff2|png|jpg|svg)$ {
        expires 30d;
        access_log off;
    }

    location = /healthz {
        access_log off;
        return 200 "ok\n";
    }
}
