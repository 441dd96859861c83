<?php defined('BASEPATH') OR exit('No direct script access allowed'); ?>

INFO - 2027-10-19 08:00:38 --> Config Class Initialized
INFO - 2027-10-19 08:00:38 --> Hooks Class Initialized
DEBUG - 2027-10-19 08:00:38 --> Session: "ci_session" cookie validated for /index.php/qso
INFO - 2027-10-19 08:00:57 --> Final output sent to browser
DEBUG - 2027-10-19 08:00:57 --> Total execution time: 0.4803
INFO - 2027-10-19 08:01:15 --> Final output sent to browser
DEBUG - 2027-10-19 08:01:15 --> Total execution time: 0.6922
ERROR - 2027-10-19 08:01:28 --> QRZ upload failed for station_id=1: https://logbook.qrz.com/api?KEY=SM1W-STQR-7SRG-N2U4&ACTION=INSERT&ADIF=%3Ccall%3A6%3EVK4QYD%3Cband%3A3%3E20m%3Ceor%3E returned RESULT=FAIL&REASON=wrong+station_callsign
INFO - 2027-10-19 08:01:30 --> Config Class Initialized
INFO - 2027-10-19 08:01:30 --> Hooks Class Initialized
DEBUG - 2027-10-19 08:01:30 --> Session: "ci_session" cookie validated for /index.php/awards/dxcc
INFO - 2027-10-19 08:01:45 --> Config Class Initialized
INFO - 2027-10-19 08:01:45 --> Hooks Class Initialized
DEBUG - 2027-10-19 08:01:45 --> Session: "ci_session" cookie validated for /index.php/qso
INFO - 2027-10-19 08:01:54 --> Config Class Initialized
INFO - 2027-10-19 08:01:54 --> Hooks Class Initialized
DEBUG - 2027-10-19 08:01:54 --> Session: "ci_session" cookie validated for /index.php/logbook
ERROR - 2027-10-19 08:02:14 --> Severity: Warning --> simplexml_load_file(https://www.hamqth.com/xml.php?id=313b0bba56e7e9a229ff8f0e2cb72fcb2f068a67&callsign=YB901R&prg=Cloudlog): Failed to open stream: HTTP request failed! HTTP/1.1 502 Bad Gateway /var/www/cloudlog/application/libraries/Hamqth.php 61
INFO - 2027-10-19 08:02:30 --> Config Class Initialized
INFO - 2027-10-19 08:02:30 --> Hooks Class Initialized
DEBUG - 2027-10-19 08:02:30 --> Session: "ci_session" cookie validated for /index.php/awards/dxcc
INFO - 2027-10-19 08:02:48 --> Final output sent to browser
DEBUG - 2027-10-19 08:02:48 --> Total execution time: 0.2462
DEBUG - 2027-10-19 08:03:03 --> QSO added: VK4IPJ 2m FM station_id=3
DEBUG - 2027-10-19 08:03:20 --> QRZ upload OK: RESULT=OK&LOGID=7643058040&COUNT=1
INFO - 2027-10-19 08:03:21 --> Config Class Initialized
INFO - 2027-10-19 08:03:21 --> Hooks Class Initialized
DEBUG - 2027-10-19 08:03:21 --> Session: "ci_session" cookie validated for /index.php/awards/dxcc
INFO - 2027-10-19 08:03:41 --> Config Class Initialized
INFO - 2027-10-19 08:03:41 --> Hooks Class Initialized
DEBUG - 2027-10-19 08:03:41 --> Session: "ci_session" cookie validated for /index.php/logbook
INFO - 2027-10-19 08:03:43 --> Final output sent to browser
DEBUG - 2027-10-19 08:03:43 --> Total execution time: 0.2254
DEBUG - 2027-10-19 08:03:53 --> station profile Array
(
    [station_id] => 1
    [station_profile_name] => Club shack
    [station_callsign] => VK4SFC
    [station_gridsquare] => QG48
    [qrzapikey] => 
    [eqsl_password] => 87j09zpGhgq4C0
    [eqslqthnickname] => Home
)

INFO - 2027-10-19 08:03:58 --> Final output sent to browser
DEBUG - 2027-10-19 08:03:58 --> Total execution time: 0.8694
DEBUG - 2027-10-19 08:04:01 --> QSO added: VK4UK0 40m SSB station_id=2
INFO - 2027-10-19 08:04:04 --> Final output sent to browser
DEBUG - 2027-10-19 08:04:04 --> Total execution time: 0.2733
ERROR - 2027-10-19 08:04:21 --> Severity: Warning --> file_get_contents(https://www.eqsl.cc/qslcard/ImportADIF.cfm?ADIFData=Cloudlog%20upload%0A%3CADIF_VER%3A5%3E3.1.4%3CEQSL_USER%3A6%3EVK4SFC%3CEQSL_PSWD%3A13%3EDZKVAwc3VqOKQ%3CEOH%3E%3CCALL%3A5%3EZL2DI%3CEOR%3E): Failed to open stream: Connection timed out /var/www/cloudlog/application/controllers/Eqsl.php 218
INFO - 2027-10-19 08:04:30 --> Config Class Initialized
INFO - 2027-10-19 08:04:30 --> Hooks Class Initialized
DEBUG - 2027-10-19 08:04:30 --> Session: "ci_session" cookie validated for /index.php/qso
INFO - 2027-10-19 08:04:45 --> Config Class Initialized
INFO - 2027-10-19 08:04:45 --> Hooks Class Initialized
DEBUG - 2027-10-19 08:04:45 --> Session: "ci_session" cookie validated for /index.php/dashboard
DEBUG - 2027-10-19 08:05:03 --> QSO added: VK4OI0 2m FM station_id=4
DEBUG - 2027-10-19 08:05:08 --> Email to vk4njb@members.example: "Reset your Cloudlog password: https://log.seaforth-arc.example/index.php/user/reset_password/6df1547202b620c13f6f67f7cb3a6db2"
INFO - 2027-10-19 08:05:20 --> Final output sent to browser
DEBUG - 2027-10-19 08:05:20 --> Total execution time: 0.9220
INFO - 2027-10-19 08:05:41 --> Final output sent to browser
DEBUG - 2027-10-19 08:05:41 --> Total execution time: 0.8248
DEBUG - 2027-10-19 08:05:45 --> QSO added: VK4CK8 15m CW station_id=3
INFO - 2027-10-19 08:06:05 --> LoTW: tqsl upload accepted, Upload ID 7234f8741d33a5bcf1842e47, 14 QSOs
DEBUG - 2027-10-19 08:06:11 --> QSO added: VK4H9O 2m FM station_id=1
INFO - 2027-10-19 08:06:26 --> Config Class Initialized
INFO - 2027-10-19 08:06:26 --> Hooks Class Initialized
DEBUG - 2027-10-19 08:06:26 --> Session: "ci_session" cookie validated for /index.php/awards/dxcc
INFO - 2027-10-19 08:06:45 --> Config Class Initialized
INFO - 2027-10-19 08:06:45 --> Hooks Class Initialized
DEBUG - 2027-10-19 08:06:45 --> Session: "ci_session" cookie validated for /index.php/qso
