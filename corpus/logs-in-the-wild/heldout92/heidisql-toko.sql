/* Connecting to 127.0.0.1 via MariaDB or MySQL (SSH tunnel), username toko, using password: Yes ... */
SELECT CONNECTION_ID();
/* Connected. Thread-ID: 3198 */
/* Entering session "toko-songket" */
SHOW CREATE TABLE `toko`.`produk`;
SELECT * FROM `toko`.`produk` LIMIT 1000;
INSERT INTO `toko`.`sessions` (`id`, `user_id`, `ip_address`, `last_activity`) VALUES ('WZgBLyMCZkLIM3cfNPdAhlSDOH5EKd54vUiRD2YB', 128, '203.0.113.59', 1832288400);
/* SQL Error (1062): Duplicate entry 'WZgBLyMCZkLIM3cfNPdAhlSDOH5EKd54vUiRD2YB' for key 'PRIMARY' */
SHOW CREATE TABLE `toko`.`produk`;
SELECT * FROM `toko`.`pasanan` LIMIT 1000;
SELECT * FROM `toko`.`pangguno` LIMIT 1000;
SELECT * FROM `toko`.`pangguno` LIMIT 1000;
UPDATE `toko`.`produk` SET `gambar`='produk/468914ed39cdf999fb7242622f7d8df1.jpg' WHERE  `id`=291;
/* Affected rows: 1  Found rows: 0  Warnings: 0  Duration for 1 query: 0.068 sec. */
SELECT * FROM `toko`.`pasanan` LIMIT 1000;
SHOW CREATE TABLE `toko`.`produk`;
SELECT * FROM `toko`.`pangguno` LIMIT 1000;
UPDATE `toko`.`produk` SET `stok`='8' WHERE  `id`=69;
/* Affected rows: 1  Found rows: 0  Warnings: 0  Duration for 1 query: 0.026 sec. */
SELECT * FROM `toko`.`babagi` WHERE `url` = 'https://toko.songketpandaisikek.example/babagi/VKppwN0ZEpGrLyHN-fJtm_Gm1x/laporan-kas-desember.xlsx';
SHOW CREATE TABLE `toko`.`pangguno`;
SHOW CREATE TABLE `toko`.`produk`;
SHOW CREATE TABLE `toko`.`produk`;
UPDATE `toko`.`produk` SET `stok`='4' WHERE  `id`=140;
/* Affected rows: 1  Found rows: 0  Warnings: 0  Duration for 1 query: 0.005 sec. */
SELECT * FROM `toko`.`log_panggilan` WHERE `url` LIKE 'https://gudang.songketpandaisikek.example/api/sinkron?kunci_api=95e6a5f66f6131fede70f0ace4da2028%' ORDER BY `id` DESC LIMIT 50;
SELECT * FROM `toko`.`pasanan` LIMIT 1000;
UPDATE `toko`.`produk` SET `stok`='11' WHERE  `id`=114;
/* Affected rows: 1  Found rows: 0  Warnings: 0  Duration for 1 query: 0.054 sec. */
UPDATE `toko`.`produk` SET `stok`='6' WHERE  `id`=129;
/* Affected rows: 1  Found rows: 0  Warnings: 0  Duration for 1 query: 0.013 sec. */
SELECT * FROM `toko`.`pangguno` LIMIT 1000;
UPDATE `toko`.`pangaturan` SET `nilai`='TWlkLXNlcnZlci0wTkRwNWdQeWtqaS11cGVxMWU1b2tPU0g6' WHERE  `namo`='auth_pambayaran';
/* Affected rows: 1  Found rows: 0  Warnings: 0  Duration for 1 query: 0.077 sec. */
UPDATE `toko`.`produk` SET `stok`='6' WHERE  `id`=67;
/* Affected rows: 1  Found rows: 0  Warnings: 0  Duration for 1 query: 0.028 sec. */
SHOW CREATE TABLE `toko`.`pangguno`;
SHOW CREATE TABLE `toko`.`pasanan`;
SELECT * FROM `toko`.`pangguno` LIMIT 1000;
UPDATE `toko`.`pangaturan` SET `nilai`='https://status.songketpandaisikek.example/api/push/tyGKp85gMt?status=up&msg=OK&ping=' WHERE  `namo`='url_push_uptime';
/* Affected rows: 1  Found rows: 0  Warnings: 0  Duration for 1 query: 0.009 sec. */
UPDATE `toko`.`produk` SET `stok`='8' WHERE  `id`=68;
/* Affected rows: 1  Found rows: 0  Warnings: 0  Duration for 1 query: 0.032 sec. */
SELECT * FROM `toko`.`produk` LIMIT 1000;
UPDATE `toko`.`produk` SET `stok`='8' WHERE  `id`=248;
/* Affected rows: 1  Found rows: 0  Warnings: 0  Duration for 1 query: 0.062 sec. */
SHOW CREATE TABLE `toko`.`pangguno`;
UPDATE `toko`.`karcih` SET `dipakai_pado`=NOW() WHERE  `kode`='N0H762UT38' AND `dipakai_pado` IS NULL;
/* Affected rows: 1  Found rows: 0  Warnings: 0  Duration for 1 query: 0.020 sec. */
UPDATE `toko`.`produk` SET `stok`='1' WHERE  `id`=37;
/* Affected rows: 1  Found rows: 0  Warnings: 0  Duration for 1 query: 0.079 sec. */
SELECT * FROM `toko`.`kiriman` LIMIT 1000;
UPDATE `toko`.`produk` SET `stok`='5' WHERE  `id`=79;
/* Affected rows: 1  Found rows: 0  Warnings: 0  Duration for 1 query: 0.057 sec. */
SELECT * FROM `toko`.`pasanan` LIMIT 1000;
SELECT * FROM `toko`.`pambayaran` WHERE `transaction_id` = '619ef601-4198-40b5-8118-609315398a38';
UPDATE `toko`.`produk` SET `stok`='8' WHERE  `id`=229;
/* Affected rows: 1  Found rows: 0  Warnings: 0  Duration for 1 query: 0.077 sec. */
UPDATE `toko`.`produk` SET `stok`='10' WHERE  `id`=252;
/* Affected rows: 1  Found rows: 0  Warnings: 0  Duration for 1 query: 0.036 sec. */
