<?php defined('BASEPATH') OR exit('No direct script access allowed'); ?>

INFO - 2027-10-20 07:00:05 --> Outbox: mesej i go long +6786879652 status=SendingOKNoReport
DEBUG - 2027-10-20 07:00:16 --> Inbox: niu mesej from +6786606324 "Mi wantem sendem 12 bag kopra"
INFO - 2027-10-20 07:00:21 --> Config Class Initialized
INFO - 2027-10-20 07:00:21 --> Database Driver Class Initialized
INFO - 2027-10-20 07:00:21 --> Final output sent to browser
DEBUG - 2027-10-20 07:00:31 --> Outbox: mesej i go long +6787012865 "Tiket blong yu long MV Sanma Kwin, Luganville - Lolowai 21/10: https://sip.kopra-sanma.example/tiket/n3Ob5rGW_xL234VbpSMQYX4Km_"
INFO - 2027-10-20 07:00:38 --> Outbox: mesej i go long +6787503553 status=SendingOKNoReport
INFO - 2027-10-20 07:00:52 --> Config Class Initialized
INFO - 2027-10-20 07:00:52 --> Database Driver Class Initialized
INFO - 2027-10-20 07:00:52 --> Final output sent to browser
DEBUG - 2027-10-20 07:01:10 --> Inbox: niu mesej from +6786189355 "Sip i kamaot wanem taem?"
DEBUG - 2027-10-20 07:01:25 --> Inbox: multipart part 1/2 UDH=050003390201 from +6786142418
DEBUG - 2027-10-20 07:01:42 --> Inbox: niu mesej from +6786861903 "Mi wantem sendem 12 bag kopra"
INFO - 2027-10-20 07:01:45 --> Config Class Initialized
INFO - 2027-10-20 07:01:45 --> Database Driver Class Initialized
INFO - 2027-10-20 07:01:45 --> Final output sent to browser
INFO - 2027-10-20 07:01:49 --> Config Class Initialized
INFO - 2027-10-20 07:01:49 --> Database Driver Class Initialized
INFO - 2027-10-20 07:01:49 --> Final output sent to browser
DEBUG - 2027-10-20 07:02:05 --> Inbox: niu mesej from +6786552344 "Pemen i no soemap. Link: https://pei.kopra-sanma.example/kopra/pem/finis#access_token=W2W2JeSKBh0yhE8GHrklNL1Iv6PVpMfYSIZEJfa9nHS&token_type=Bearer&expires_in=3600"
INFO - 2027-10-20 07:02:19 --> Outbox: mesej i go long +6787448872 status=SendingOKNoReport
INFO - 2027-10-20 07:02:32 --> Outbox: mesej i go long +6785540392 status=SendingOKNoReport
DEBUG - 2027-10-20 07:02:43 --> Inbox: niu mesej from +6785573627 "Hamas tiket i go Ambae?"
DEBUG - 2027-10-20 07:02:54 --> Aggregator request headers Array
(
    [0] => Content-Type: application/json
    [1] => Authorization: Bearer MOE7oHrpkM4X0V-nH0VwY88fa4K2qjhQal_VVlsMajyi8jkz
    [2] => Accept: application/json
)

DEBUG - 2027-10-20 07:03:06 --> Inbox: niu mesej from +6786402809 "Mi wantem sendem 12 bag kopra"
INFO - 2027-10-20 07:03:18 --> Config Class Initialized
INFO - 2027-10-20 07:03:18 --> Database Driver Class Initialized
INFO - 2027-10-20 07:03:18 --> Final output sent to browser
INFO - 2027-10-20 07:03:19 --> Config Class Initialized
INFO - 2027-10-20 07:03:19 --> Database Driver Class Initialized
INFO - 2027-10-20 07:03:19 --> Final output sent to browser
ERROR - 2027-10-20 07:03:21 --> Severity: Warning --> file_put_contents(/var/lib/php/sessions/ci_sessionfxl0gpb6pra6izrpjtlc5sfldevk2dx4x6djcq9w): Failed to open stream: No space left on device /var/www/kalkun/system/libraries/Session/drivers/Session_files_driver.php 263
DEBUG - 2027-10-20 07:03:29 --> Inbox: niu mesej from +6785311276 "Hamas tiket i go Ambae?"
INFO - 2027-10-20 07:03:42 --> Outbox: mesej i go long +6786570253 status=SendingOKNoReport
INFO - 2027-10-20 07:03:47 --> Outbox: mesej i go long +6787888082 status=SendingOKNoReport
INFO - 2027-10-20 07:03:55 --> Boding: wan_taem_kod=6QFA67O6HI i oke (fas taem) gangway=TAB-2 pasenja=9662
INFO - 2027-10-20 07:03:59 --> Outbox: mesej i go long +6786241075 status=SendingOKNoReport
INFO - 2027-10-20 07:04:00 --> Config Class Initialized
INFO - 2027-10-20 07:04:00 --> Database Driver Class Initialized
INFO - 2027-10-20 07:04:00 --> Final output sent to browser
DEBUG - 2027-10-20 07:04:14 --> Inbox: niu mesej from +6787849645 "Hamas tiket i go Ambae?"
DEBUG - 2027-10-20 07:04:32 --> Security: CSRF hash b790defffbe8f50d3cc09de168f10219 verified for /index.php/messages/compose
INFO - 2027-10-20 07:04:37 --> Config Class Initialized
INFO - 2027-10-20 07:04:37 --> Database Driver Class Initialized
INFO - 2027-10-20 07:04:37 --> Final output sent to browser
INFO - 2027-10-20 07:04:50 --> Outbox: mesej i go long +6787702615 status=SendingOKNoReport
INFO - 2027-10-20 07:05:09 --> Outbox: mesej i go long +6787024827 status=SendingOKNoReport
