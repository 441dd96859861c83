<?php defined('BASEPATH') OR exit('No direct script access allowed'); ?>

INFO - 2027-01-23 08:30:02 --> Coinne nua (new appointment) id=6040 seirbhís=Bearradh iomlán
DEBUG - 2027-01-23 08:30:22 --> Session: "sess_save_path" is empty; using "session.save_path" value from php.ini.
INFO - 2027-01-23 08:30:33 --> Config Class Initialized
INFO - 2027-01-23 08:30:33 --> Router Class Initialized
DEBUG - 2027-01-23 08:30:33 --> Total execution time: 0.0278
INFO - 2027-01-23 08:30:43 --> Config Class Initialized
INFO - 2027-01-23 08:30:43 --> Router Class Initialized
DEBUG - 2027-01-23 08:30:43 --> Total execution time: 0.0623
DEBUG - 2027-01-23 08:30:48 --> Security: CSRF cookie sent csrf_cookie=c380ac6d77996f89bf4f3f7c61dffc17
INFO - 2027-01-23 08:31:04 --> Coinne nua (new appointment) id=6414 seirbhís=Ingne a ghearradh
INFO - 2027-01-23 08:31:21 --> Coinne nua (new appointment) id=1681 seirbhís=Folcadh agus triomú
INFO - 2027-01-23 08:31:40 --> Config Class Initialized
INFO - 2027-01-23 08:31:40 --> Router Class Initialized
DEBUG - 2027-01-23 08:31:40 --> Total execution time: 0.0701
INFO - 2027-01-23 08:31:50 --> Coinne nua (new appointment) id=8348 seirbhís=Folcadh agus triomú
INFO - 2027-01-23 08:32:08 --> Config Class Initialized
INFO - 2027-01-23 08:32:08 --> Router Class Initialized
DEBUG - 2027-01-23 08:32:08 --> Total execution time: 0.0793
INFO - 2027-01-23 08:32:21 --> Config Class Initialized
INFO - 2027-01-23 08:32:21 --> Router Class Initialized
DEBUG - 2027-01-23 08:32:21 --> Total execution time: 0.0447
ERROR - 2027-01-23 08:32:36 --> Google Sync: callback failed URI=/index.php/google/oauth_callback?state=79fcf4003b651cbba0c4&code=4/0AWlhFJ_hu_vFR-ZnNM_WiYIV6dmvxQF-Nvup6QD7AF6EQyYEgUPiKysd6BmsYiccaHBv95N&scope=https://www.googleapis.com/auth/calendar
INFO - 2027-01-23 08:32:38 --> Coinne nua (new appointment) id=8175 seirbhís=Ingne a ghearradh
INFO - 2027-01-23 08:32:55 --> Config Class Initialized
INFO - 2027-01-23 08:32:55 --> Router Class Initialized
DEBUG - 2027-01-23 08:32:55 --> Total execution time: 0.0810
INFO - 2027-01-23 08:33:07 --> Coinne nua (new appointment) id=4985 seirbhís=Bearradh iomlán
INFO - 2027-01-23 08:33:14 --> Coinne nua (new appointment) id=4525 seirbhís=Folcadh agus triomú
DEBUG - 2027-01-23 08:33:29 --> Session: "sess_save_path" is empty; using "session.save_path" value from php.ini.
DEBUG - 2027-01-23 08:33:45 --> Session: "sess_save_path" is empty; using "session.save_path" value from php.ini.
DEBUG - 2027-01-23 08:33:57 --> Google Sync: token {"access_token":"ya29.TLItz5vL3EzQyWuix2VZ9K8XM5l5EmKOpk59x8x4ethyBH8TYqGcOz_hPLykQKGodCvlhvMAbwnYWK4Zc1x05QB9GM-uv_OghYkx0cA0AqxuyB_99lQ5y8HZ","expires_in":3599,"refresh_token":"1//0n2N6IkYoZBHw_ILnqz-PsXfOniyj4LAX4Uf_WhQmHwnrw_v8WV8y8mGy2GVTvEoGS9c0ghj0_-YQwX_WUqcM8865iONls04fWL4b","scope":"https://www.googleapis.com/auth/calendar","token_type":"Bearer"}
INFO - 2027-01-23 08:34:06 --> Coinne nua (new appointment) id=9572 seirbhís=Bearradh iomlán
INFO - 2027-01-23 08:34:07 --> Coinne nua (new appointment) id=6107 seirbhís=Folcadh agus triomú
DEBUG - 2027-01-23 08:34:26 --> Session: "sess_save_path" is empty; using "session.save_path" value from php.ini.
DEBUG - 2027-01-23 08:34:35 --> Session: "sess_save_path" is empty; using "session.save_path" value from php.ini.
DEBUG - 2027-01-23 08:34:38 --> Session: "sess_save_path" is empty; using "session.save_path" value from php.ini.
INFO - 2027-01-23 08:34:40 --> Coinne nua (new appointment) id=2039 seirbhís=Folcadh agus triomú
DEBUG - 2027-01-23 08:34:41 --> URI: appointments/index/phfcznlTsopMLlRVjRTMeQJKH0T3YVm2
ERROR - 2027-01-23 08:34:41 --> Coinne gan fáil (appointment not found) for https://peata.cladach.example/index.php/appointments/index/phfcznlTsopMLlRVjRTMeQJKH0T3YVm2
DEBUG - 2027-01-23 08:34:57 --> Session: "sess_save_path" is empty; using "session.save_path" value from php.ini.
INFO - 2027-01-23 08:35:09 --> Config Class Initialized
INFO - 2027-01-23 08:35:09 --> Router Class Initialized
DEBUG - 2027-01-23 08:35:09 --> Total execution time: 0.0674
INFO - 2027-01-23 08:35:20 --> Coinne nua (new appointment) id=7042 seirbhís=Bearradh iomlán
DEBUG - 2027-01-23 08:35:36 --> Session: "sess_save_path" is empty; using "session.save_path" value from php.ini.
INFO - 2027-01-23 08:35:53 --> Config Class Initialized
INFO - 2027-01-23 08:35:53 --> Router Class Initialized
DEBUG - 2027-01-23 08:35:53 --> Total execution time: 0.0214
INFO - 2027-01-23 08:35:55 --> Coinne nua (new appointment) id=7212 seirbhís=Ingne a ghearradh
DEBUG - 2027-01-23 08:36:02 --> Hook: Cookie: ci_session=7faebebb345c5b546a9985bc0f835c93023195b7; language=irish
DEBUG - 2027-01-23 08:36:20 --> Session: "sess_save_path" is empty; using "session.save_path" value from php.ini.
DEBUG - 2027-01-23 08:36:34 --> Session: "sess_save_path" is empty; using "session.save_path" value from php.ini.
DEBUG - 2027-01-23 08:36:44 --> Session: "sess_save_path" is empty; using "session.save_path" value from php.ini.
DEBUG - 2027-01-23 08:37:03 --> Session: "sess_save_path" is empty; using "session.save_path" value from php.ini.
INFO - 2027-01-23 08:37:08 --> Config Class Initialized
INFO - 2027-01-23 08:37:08 --> Router Class Initialized
DEBUG - 2027-01-23 08:37:08 --> Total execution time: 0.0247
INFO - 2027-01-23 08:37:11 --> Config Class Initialized
INFO - 2027-01-23 08:37:11 --> Router Class Initialized
DEBUG - 2027-01-23 08:37:11 --> Total execution time: 0.0281
ERROR - 2027-01-23 08:37:29 --> Logáil isteach theip (login failed): array (
  'username' => 'niamh.grooming',
  'pasfhocal' => 'V8hisZLgZg035',
  'csrfToken' => '4bf6992dac6624db738ec211da15940e',
)
DEBUG - 2027-01-23 08:37:33 --> Session: "sess_save_path" is empty; using "session.save_path" value from php.ini.
INFO - 2027-01-23 08:37:39 --> Coinne nua (new appointment) id=2985 seirbhís=Folcadh agus triomú
DEBUG - 2027-01-23 08:37:53 --> Session: "sess_save_path" is empty; using "session.save_path" value from php.ini.
DEBUG - 2027-01-23 08:38:13 --> Session: "sess_save_path" is empty; using "session.save_path" value from php.ini.
DEBUG - 2027-01-23 08:38:28 --> Session: "sess_save_path" is empty; using "session.save_path" value from php.ini.
INFO - 2027-01-23 08:38:48 --> Coinne nua (new appointment) id=3378 seirbhís=Folcadh agus triomú
ERROR - 2027-01-23 08:39:06 --> Webhooks: theip (failed) POST https://maker.ifttt.com/trigger/coinne_nua/with/key/3JZink6vNNT-xwI7bmcUez HTTP 401
DEBUG - 2027-01-23 08:39:21 --> Session: "sess_save_path" is empty; using "session.save_path" value from php.ini.
DEBUG - 2027-01-23 08:39:33 --> Session: "sess_save_path" is empty; using "session.save_path" value from php.ini.
INFO - 2027-01-23 08:39:35 --> Config Class Initialized
INFO - 2027-01-23 08:39:35 --> Router Class Initialized
DEBUG - 2027-01-23 08:39:35 --> Total execution time: 0.0251
INFO - 2027-01-23 08:39:37 --> Config Class Initialized
INFO - 2027-01-23 08:39:37 --> Router Class Initialized
DEBUG - 2027-01-23 08:39:37 --> Total execution time: 0.0100
INFO - 2027-01-23 08:39:42 --> Coinne nua (new appointment) id=4433 seirbhís=Bearradh iomlán
INFO - 2027-01-23 08:39:57 --> Config Class Initialized
INFO - 2027-01-23 08:39:57 --> Router Class Initialized
DEBUG - 2027-01-23 08:39:57 --> Total execution time: 0.0743
ERROR - 2027-01-23 08:40:04 --> API: diúltaithe (rejected) GET /index.php/api/v1/availabilities?providerId=2&serviceId=5&date=2027-01-30&eochair=d0e052248f508fc79ab1eb625a81d4446a5f3425
INFO - 2027-01-23 08:40:20 --> Coinne nua (new appointment) id=1912 seirbhís=Bearradh iomlán
DEBUG - 2027-01-23 08:40:25 --> Session: "sess_save_path" is empty; using "session.save_path" value from php.ini.
INFO - 2027-01-23 08:40:36 --> Config Class Initialized
INFO - 2027-01-23 08:40:36 --> Router Class Initialized
DEBUG - 2027-01-23 08:40:36 --> Total execution time: 0.0855
INFO - 2027-01-23 08:40:56 --> Config Class Initialized
INFO - 2027-01-23 08:40:56 --> Router Class Initialized
DEBUG - 2027-01-23 08:40:56 --> Total execution time: 0.0358
INFO - 2027-01-23 08:41:05 --> Coinne nua (new appointment) id=7928 seirbhís=Folcadh agus triomú
DEBUG - 2027-01-23 08:41:13 --> Session: "sess_save_path" is empty; using "session.save_path" value from php.ini.
INFO - 2027-01-23 08:41:20 --> Google Sync: imeacht cruthaithe (event created) eventId=vrnm5vupijl4fjus368nt16f5o
INFO - 2027-01-23 08:41:33 --> Config Class Initialized
INFO - 2027-01-23 08:41:33 --> Router Class Initialized
DEBUG - 2027-01-23 08:41:33 --> Total execution time: 0.0086
INFO - 2027-01-23 08:41:44 --> Coinne nua (new appointment) id=5238 seirbhís=Bearradh iomlán
INFO - 2027-01-23 08:41:47 --> Coinne nua (new appointment) id=6690 seirbhís=Bearradh iomlán
DEBUG - 2027-01-23 08:42:07 --> Session: "sess_save_path" is empty; using "session.save_path" value from php.ini.
