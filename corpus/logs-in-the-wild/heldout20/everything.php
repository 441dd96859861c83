#
#<?php die('Forbidden.'); ?>
#Date: 2026-12-16 06:00:02 UTC
#Software: Joomla! 6.0.4 Stable [ Kuimarisha ] 10-November-2026 16:00 UTC

#Fields: datetime	priority clientip	category	message
2026-12-16T06:00:02+00:00	INFO 127.0.0.1	scheduler	Tâche n°4 « Vérification des mises à jour » démarrée
2026-12-16T06:00:09+00:00	WARNING 203.0.113.229	deprecated	HTMLHelper::_('behavior.formvalidator') is deprecated. Use the web asset manager.
2026-12-16T06:00:14+00:00	INFO 198.51.100.130	com_hikashop	Commande PV-161635 : statut modifié de « en attente » à « confirmée » (paiement Stripe)
2026-12-16T06:00:32+00:00	WARNING 198.51.100.50	deprecated	Joomla\CMS\Factory::getDbo() is deprecated, will be removed in 7.0. Use the database service in the DI container.
2026-12-16T06:00:43+00:00	WARNING 203.0.113.185	deprecated	Joomla\CMS\Application\CMSApplication::isClient('site') is deprecated. Use isClient() with the client name.
2026-12-16T06:00:56+00:00	INFO 192.0.2.131	com_hikashop	Commande PV-140368 : statut modifié de « en attente » à « confirmée » (paiement virement)
2026-12-16T06:01:01+00:00	WARNING 198.51.100.21	deprecated	Joomla\CMS\Application\CMSApplication::isClient('site') is deprecated. Use isClient() with the client name.
2026-12-16T06:01:04+00:00	INFO 203.0.113.80	updater	Chargement des informations depuis le site de mise à jour n°1 nommé « Joomla! Core » avec l'URL https://update.joomla.org/core/sts/extension_sts.xml en 1,78 secondes
2026-12-16T06:01:20+00:00	INFO 203.0.113.80	updater	Chargement des informations depuis le site de mise à jour n°9 nommé « Akeeba Backup Professional » avec l'URL https://cdn.akeeba.com/updates/pkgakeebabackuppro.xml?dlid=89687:af997ceb3e4d73e2cecb17a728a58735 en 2,68 secondes
2026-12-16T06:01:22+00:00	INFO 192.0.2.175	pivoine.requete	GET /mariage/bouquet-du-marche 200
2026-12-16T06:01:36+00:00	INFO 192.0.2.15	pivoine.requete	GET /mariage/pivoines-roses 200
2026-12-16T06:01:54+00:00	INFO 192.0.2.182	com_hikashop	Commande PV-121125 : statut modifié de « en attente » à « confirmée » (paiement virement)
2026-12-16T06:01:54+00:00	WARNING 192.0.2.144	deprecated	HTMLHelper::_('behavior.formvalidator') is deprecated. Use the web asset manager.
2026-12-16T06:02:06+00:00	INFO 127.0.0.1	scheduler	Tâche n°3 « Relance des paniers abandonnés » exécutée, code de sortie 0, durée 2,61 s
2026-12-16T06:02:19+00:00	INFO 203.0.113.80	updater	Chargement des informations depuis le site de mise à jour n°5 nommé « HikaShop » avec l'URL https://www.hikashop.com/component/updateme/updatexml/component-hikashop/level-Business/file-extension.xml en 1,59 secondes
2026-12-16T06:02:35+00:00	INFO 198.51.100.156	pivoine.requete	GET /mariage/bouquet-du-marche 200
2026-12-16T06:02:46+00:00	DEBUG 203.0.113.133	plg_system_socialconnect	Retour du fournisseur Google : /index.php?option=com_ajax&plugin=socialconnect&format=raw&provider=google&state=2853f2de09359182b15a170b09b753c0&code=4%2F0A3XjBsRDIf2JR4mlG_Ux3Oh5N5dP-V7Qh0bg9-ntzeq1pEPIon6zSxwHSOaOdmotHBbh4W7y&scope=email+profile+openid+https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fuserinfo.email+https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fuserinfo.profile&authuser=0&prompt=consent
2026-12-16T06:02:48+00:00	WARNING 198.51.100.129	deprecated	HTMLHelper::_('behavior.formvalidator') is deprecated. Use the web asset manager.
2026-12-16T06:03:00+00:00	INFO 198.51.100.181	pivoine.requete	GET /bouquets/orchidee-phalaenopsis 200
2026-12-16T06:03:07+00:00	INFO 203.0.113.80	updater	Chargement des informations depuis le site de mise à jour n°2 nommé « Accredited Joomla! Translations » avec l'URL https://update.joomla.org/language/translationlist_6.xml en 1,32 secondes
2026-12-16T06:03:21+00:00	WARNING 192.0.2.197	deprecated	HTMLHelper::_('behavior.formvalidator') is deprecated. Use the web asset manager.
2026-12-16T06:03:30+00:00	INFO 198.51.100.129	com_hikashop	Commande PV-178353 : statut modifié de « en attente » à « confirmée » (paiement PayPal)
2026-12-16T06:03:32+00:00	INFO 203.0.113.80	updater	Chargement des informations depuis le site de mise à jour n°7 nommé « Joomla! Update Component » avec l'URL https://update.joomla.org/core/extensions/com_joomlaupdate.xml en 1,69 secondes
2026-12-16T06:03:36+00:00	INFO 127.0.0.1	scheduler	Tâche n°3 « Relance des paniers abandonnés » exécutée, code de sortie 0, durée 1,24 s
2026-12-16T06:03:52+00:00	INFO 203.0.113.246	pivoine.requete	GET /index.php?option=com_users&task=user.logout&d07a211c80da273f6610eef770c9552d=1&return=aW5kZXgucGhwP0l0ZW1pZD0xMDE= 303
2026-12-16T06:04:01+00:00	INFO 198.51.100.42	pivoine.requete	GET /bouquets/orchidee-phalaenopsis 200
2026-12-16T06:04:12+00:00	INFO 198.51.100.52	pivoine.requete	GET /bouquets/bouquet-du-marche 200
2026-12-16T06:04:31+00:00	INFO 198.51.100.188	pivoine.requete	GET /plantes-vertes/bouquet-du-marche 200
2026-12-16T06:04:46+00:00	INFO 203.0.113.80	updater	Chargement des informations depuis le site de mise à jour n°1 nommé « Joomla! Core » avec l'URL https://update.joomla.org/core/sts/extension_sts.xml en 2,32 secondes
2026-12-16T06:04:53+00:00	INFO 192.0.2.22	pivoine.requete	GET /plantes-vertes/ficus-lyrata 200
2026-12-16T06:05:13+00:00	WARNING 203.0.113.174	deprecated	HTMLHelper::_('behavior.formvalidator') is deprecated. Use the web asset manager.
2026-12-16T06:05:17+00:00	INFO 203.0.113.109	com_hikashop	Commande PV-111818 : statut modifié de « en attente » à « confirmée » (paiement virement)
2026-12-16T06:05:29+00:00	INFO 198.51.100.119	plg_system_brevo	Courriel transactionnel « Réinitialisation du mot de passe » mis en file pour c.lefevre@laposte.example (modèle 14) : lien https://www.pivoine-cie.example/mot-de-passe-oublie?layout=confirm&token=4PQ0jkUn5AmGnr4ustxt9IIslM866YOB
2026-12-16T06:05:39+00:00	INFO 203.0.113.80	updater	Chargement des informations depuis le site de mise à jour n°2 nommé « Accredited Joomla! Translations » avec l'URL https://update.joomla.org/language/translationlist_6.xml en 1,61 secondes
2026-12-16T06:05:59+00:00	INFO 203.0.113.80	updater	Chargement des informations depuis le site de mise à jour n°1 nommé « Joomla! Core » avec l'URL https://update.joomla.org/core/sts/extension_sts.xml en 2,91 secondes
2026-12-16T06:06:11+00:00	INFO 127.0.0.1	scheduler	Tâche n°3 « Relance des paniers abandonnés » exécutée, code de sortie 0, durée 1,68 s
2026-12-16T06:06:12+00:00	INFO 203.0.113.80	updater	Chargement des informations depuis le site de mise à jour n°1 nommé « Joomla! Core » avec l'URL https://update.joomla.org/core/sts/extension_sts.xml en 2,77 secondes
2026-12-16T06:06:16+00:00	INFO 203.0.113.154	com_hikashop	Commande PV-149439 : statut modifié de « en attente » à « confirmée » (paiement virement)
2026-12-16T06:06:27+00:00	INFO 198.51.100.168	pivoine.requete	GET /bouquets/bouquet-du-marche 200
2026-12-16T06:06:37+00:00	WARNING 198.51.100.69	deprecated	Joomla\CMS\Application\CMSApplication::isClient('site') is deprecated. Use isClient() with the client name.
2026-12-16T06:06:44+00:00	WARNING 198.51.100.253	plg_hikashop_make	Échec de l'envoi de la commande PV-157785 vers le webhook https://hook.eu2.make.com/z5hb9twgm4nej2h6qgz88kv55q054hnn : HTTP 410 (scénario désactivé ?)
2026-12-16T06:06:49+00:00	INFO 203.0.113.80	updater	Chargement des informations depuis le site de mise à jour n°1 nommé « Joomla! Core » avec l'URL https://update.joomla.org/core/sts/extension_sts.xml en 0,93 secondes
2026-12-16T06:07:01+00:00	INFO 203.0.113.80	updater	Chargement des informations depuis le site de mise à jour n°5 nommé « HikaShop » avec l'URL https://www.hikashop.com/component/updateme/updatexml/component-hikashop/level-Business/file-extension.xml en 2,95 secondes
2026-12-16T06:07:03+00:00	INFO 203.0.113.80	updater	Chargement des informations depuis le site de mise à jour n°1 nommé « Joomla! Core » avec l'URL https://update.joomla.org/core/sts/extension_sts.xml en 1,35 secondes
2026-12-16T06:07:11+00:00	INFO 192.0.2.130	com_hikashop	Commande PV-127854 : statut modifié de « en attente » à « confirmée » (paiement PayPal)
2026-12-16T06:07:30+00:00	INFO 203.0.113.80	updater	Chargement des informations depuis le site de mise à jour n°1 nommé « Joomla! Core » avec l'URL https://update.joomla.org/core/sts/extension_sts.xml en 2,87 secondes
2026-12-16T06:07:40+00:00	INFO 127.0.0.1	scheduler	Tâche n°3 « Relance des paniers abandonnés » exécutée, code de sortie 0, durée 0,87 s
2026-12-16T06:08:00+00:00	INFO 192.0.2.90	com_hikashop	Commande PV-115251 : statut modifié de « en attente » à « confirmée » (paiement virement)
2026-12-16T06:08:01+00:00	INFO 198.51.100.213	pivoine.requete	GET /factures/telecharger?ticket_facture=ta7sS7Ka_8aUcS2HoJgbaiHebIQTv3s8&facture=FA-2026-04699 200
2026-12-16T06:08:16+00:00	INFO 192.0.2.174	com_hikashop	Commande PV-121376 : statut modifié de « en attente » à « confirmée » (paiement PayPal)
2026-12-16T06:08:31+00:00	WARNING 203.0.113.174	deprecated	Joomla\CMS\Factory::getDbo() is deprecated, will be removed in 7.0. Use the database service in the DI container.
2026-12-16T06:10:06+00:00	INFO 203.0.113.161	pivoine.requete	GET /factures/telecharger?ticket_facture=ta7sS7Ka_8aUcS2HoJgbaiHebIQTv3s8&facture=FA-2026-04699 200
2026-12-16T06:10:26+00:00	WARNING 198.51.100.120	deprecated	HTMLHelper::_('behavior.formvalidator') is deprecated. Use the web asset manager.
2026-12-16T06:10:41+00:00	WARNING 203.0.113.97	deprecated	HTMLHelper::_('behavior.formvalidator') is deprecated. Use the web asset manager.
2026-12-16T06:10:45+00:00	INFO 192.0.2.254	com_hikashop	Commande PV-106836 : statut modifié de « en attente » à « confirmée » (paiement PayPal)
2026-12-16T06:10:56+00:00	WARNING 198.51.100.238	deprecated	Joomla\CMS\Application\CMSApplication::isClient('site') is deprecated. Use isClient() with the client name.
2026-12-16T06:11:12+00:00	INFO 203.0.113.80	updater	Chargement des informations depuis le site de mise à jour n°1 nommé « Joomla! Core » avec l'URL https://update.joomla.org/core/sts/extension_sts.xml en 0,85 secondes
2026-12-16T06:11:17+00:00	WARNING 192.0.2.223	deprecated	HTMLHelper::_('behavior.formvalidator') is deprecated. Use the web asset manager.
2026-12-16T06:11:25+00:00	INFO 198.51.100.117	com_hikashop	Commande PV-147462 : statut modifié de « en attente » à « confirmée » (paiement Stripe)
2026-12-16T06:11:38+00:00	INFO 203.0.113.80	plg_system_entrasso	Déconnexion de l'administrateur « c.morel » : redirection vers https://login.microsoftonline.com/22d5c24a-7083-4d89-ad64-6810ad197603/oauth2/v2.0/logout?id_token_hint=eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImFFMWhOZ1RORE1hSDZvUEhjazVPaXc0dkV1SyJ9.eyJhdWQiOiJiNjFiZDM4ZC03ODBkLTRmYzktYTMyMi03YTk2OGYyM2Y0NDkiLCJpc3MiOiJodHRwczovL2xvZ2luLm1pY3Jvc29mdG9ubGluZS5jb20vMjJkNWMyNGEtNzA4My00ZDg5LWFkNjQtNjgxMGFkMTk3NjAzL3YyLjAiLCJuYmYiOjE3OTczOTk2OTgsImFpbyI6IllLek1UMjB4Yjl0MmwtMkdzRGJ3TTdPOGxpZ0JjeDgzbnBMX3FCZnAtNC1xZWtrSFduZVljWFRlcFZkaCIsIm5hbWUiOiJDYW1pbGxlIE1vcmVsIiwib2lkIjoiZWFkYjJiODYtYjQ0Zi00ZTM3LTg1YTgtZGJhNjc4ZTNkN2MzIiwicHJlZmVycmVkX3VzZXJuYW1lIjoiYy5tb3JlbEBwaXZvaW5lLWNpZS5leGFtcGxlIiwicmgiOiIxLnNOdlI0Zm01RFVuX1lGUVE2ZXg1LTNLYm9NN2Raa2hTcVppVk1ubkouIiwic2lkIjoiMTgzM2I5NzgtYjdiNi00NzY1LWJiNzktMTM1MTRkNTU5YTBiIiwic3ViIjoiQUN0d3pSUDBMdVZHSzI0NW5UTmNRRXNEWWpkOGhUeHVaTlk3TXdzUm1GLSIsInRpZCI6IjIyZDVjMjRhLTcwODMtNGQ4OS1hZDY0LTY4MTBhZDE5NzYwMyIsInV0aSI6InpjRzJQeHJkVzVqQ1ZzeFN3aHFfSEMiLCJ2ZXIiOiIyLjAiLCJpYXQiOjE3OTczOTk2OTgsImV4cCI6MTc5NzQwNDE5OH0.XiSj38ZYmgxFW1uX3WAnAx3nIUvb1YKXPvkUTD2F99pdRgb11vay9_5K7Kb0GSrSW0eVFzFB7P48WUxjEn2IkExxsz33-jD35E-FsVMVirh6g6OW5K9RdQNbGW5pjXY2OpHNkacU1vr3y-UzSoy1q6AKft-qMUxCGGXgzCmq4BkoXQDJBiv8C5xuADPgtQlvq1i5vMVunbe6WdCJOQeDVZfqRarBeH_PHpYZJvZ7PP3zIJ9mPGU8uh3CqZZ7p7AhQbRMxOpCFsXh4RtnUQD3QC_YV2DYYtS6bqUtjNX4UFGnrPxR0Nx41PWsd04iPUdujRgmvsRJGe48CDtvkyKB_Q&post_logout_redirect_uri=https%3A%2F%2Fwww.pivoine-cie.example%2Fadministrator%2F
2026-12-16T06:11:45+00:00	INFO 192.0.2.243	com_hikashop	Commande PV-138983 : statut modifié de « en attente » à « confirmée » (paiement PayPal)
2026-12-16T06:11:59+00:00	INFO 203.0.113.80	updater	Chargement des informations depuis le site de mise à jour n°1 nommé « Joomla! Core » avec l'URL https://update.joomla.org/core/sts/extension_sts.xml en 2,28 secondes
2026-12-16T06:12:02+00:00	INFO 192.0.2.231	com_hikashop	Commande PV-149471 : statut modifié de « en attente » à « confirmée » (paiement Stripe)
2026-12-16T06:12:18+00:00	INFO 127.0.0.1	scheduler	Tâche n°3 « Relance des paniers abandonnés » exécutée, code de sortie 0, durée 1,17 s
2026-12-16T06:12:37+00:00	INFO 203.0.113.80	updater	Chargement des informations depuis le site de mise à jour n°7 nommé « Joomla! Update Component » avec l'URL https://update.joomla.org/core/extensions/com_joomlaupdate.xml en 0,34 secondes
2026-12-16T06:12:55+00:00	INFO 127.0.0.1	scheduler	Tâche n°2 « Nettoyage des sessions » exécutée, code de sortie 0, durée 1,90 s
2026-12-16T06:13:02+00:00	INFO 127.0.0.1	scheduler	Tâche n°2 « Nettoyage des sessions » exécutée, code de sortie 0, durée 0,51 s
2026-12-16T06:13:19+00:00	ERROR 192.0.2.138	pivoine.js	TypeError: window.opener is null — href=https://www.pivoine-cie.example/carte-cadeau/retour#access_token=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguY2FydGVzLWNhZGVhdXguZXhhbXBsZSIsInN1YiI6ImNjX3NRT3NHR0hIcDhHZSIsImF1ZCI6InBpdm9pbmUtY2llIiwic2NvcGUiOiJnaWZ0Y2FyZDpyZWRlZW0iLCJpYXQiOjE3OTc0MDE1ODcsImV4cCI6MTc5NzQwNTE4NywianRpIjoiNDI1ODZlMTEtNjE4Ni00MmNjLTkyZWUtYTFmNWE0MjFkZWQyIn0.lzkZOKaTMB_6CnYT9gAuti74jzvz955DTmA6dM7NbLY&token_type=Bearer&expires_in=3600 — Mozilla/5.0 (iPhone; CPU iPhone OS 26_1 like Mac OS X)
2026-12-16T06:13:30+00:00	INFO 203.0.113.80	updater	Chargement des informations depuis le site de mise à jour n°2 nommé « Accredited Joomla! Translations » avec l'URL https://update.joomla.org/language/translationlist_6.xml en 0,25 secondes
2026-12-16T06:13:47+00:00	INFO 198.51.100.56	pivoine.requete	GET /abonnements/orchidee-phalaenopsis 200
2026-12-16T06:13:53+00:00	WARNING 203.0.113.215	deprecated	HTMLHelper::_('behavior.formvalidator') is deprecated. Use the web asset manager.
2026-12-16T06:13:55+00:00	INFO 127.0.0.1	scheduler	Tâche n°4 « Vérification des mises à jour » exécutée, code de sortie 0, durée 0,07 s
2026-12-16T06:13:59+00:00	INFO 203.0.113.80	updater	Chargement des informations depuis le site de mise à jour n°2 nommé « Accredited Joomla! Translations » avec l'URL https://update.joomla.org/language/translationlist_6.xml en 0,56 secondes
2026-12-16T06:14:00+00:00	INFO 198.51.100.189	pivoine.requete	GET /bouquets/renoncules-blanches 200
2026-12-16T06:14:21+00:00	INFO 198.51.100.69	com_hikashop	Commande PV-184451 : statut modifié de « en attente » à « confirmée » (paiement PayPal)
2026-12-16T06:14:37+00:00	INFO 203.0.113.80	mod_pivoine_statistiques	Tableau de bord des ventes intégré pour « c.morel » : https://stats.pivoine-cie.example/embed/dashboard/eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyZXNvdXJjZSI6eyJkYXNoYm9hcmQiOjN9LCJwYXJhbXMiOnsiYm91dGlxdWUiOiJseW9uLWNyb2l4LXJvdXNzZSJ9LCJpYXQiOjE3OTc0MDE2NzUsImV4cCI6MTc5NzQwMTc5NX0.mBWUA6qjytYoRy4YvdJ3EJ_Mzr0Zs98HmxwJ4K-4FHA#bordered=true&titled=false
2026-12-16T06:14:47+00:00	INFO 203.0.113.80	updater	Chargement des informations depuis le site de mise à jour n°2 nommé « Accredited Joomla! Translations » avec l'URL https://update.joomla.org/language/translationlist_6.xml en 1,94 secondes
2026-12-16T06:15:05+00:00	INFO 192.0.2.181	com_hikashop	Commande PV-102365 : statut modifié de « en attente » à « confirmée » (paiement PayPal)
2026-12-16T06:15:08+00:00	INFO 198.51.100.21	com_hikashop	Commande PV-104824 : statut modifié de « en attente » à « confirmée » (paiement virement)
2026-12-16T06:15:13+00:00	WARNING 198.51.100.197	deprecated	Joomla\CMS\Application\CMSApplication::isClient('site') is deprecated. Use isClient() with the client name.
2026-12-16T06:15:22+00:00	INFO 203.0.113.80	updater	Chargement des informations depuis le site de mise à jour n°2 nommé « Accredited Joomla! Translations » avec l'URL https://update.joomla.org/language/translationlist_6.xml en 0,38 secondes
2026-12-16T06:15:38+00:00	INFO 203.0.113.55	com_hikashop	Commande PV-181249 : statut modifié de « en attente » à « confirmée » (paiement Stripe)
2026-12-16T06:15:40+00:00	INFO 203.0.113.80	updater	Chargement des informations depuis le site de mise à jour n°1 nommé « Joomla! Core » avec l'URL https://update.joomla.org/core/sts/extension_sts.xml en 0,28 secondes
2026-12-16T06:15:58+00:00	INFO 203.0.113.207	pivoine.requete	GET /bouquets/pivoines-sarah-bernhardt?fbclid=IwZXh0bgNhZW0CMTEAARqHQUyK3W7GSu72g32Rky-Y-xo84E3b9i9SCuy3MU_aem_nDHXcp5e38P8mXnlxxQwU2 404
2026-12-16T06:16:00+00:00	INFO 203.0.113.80	updater	Chargement des informations depuis le site de mise à jour n°1 nommé « Joomla! Core » avec l'URL https://update.joomla.org/core/sts/extension_sts.xml en 0,02 secondes
2026-12-16T06:16:09+00:00	INFO 127.0.0.1	scheduler	Tâche n°3 « Relance des paniers abandonnés » exécutée, code de sortie 0, durée 0,22 s
2026-12-16T06:16:11+00:00	INFO 203.0.113.135	com_hikashop	Commande PV-167336 : statut modifié de « en attente » à « confirmée » (paiement Stripe)
2026-12-16T06:16:30+00:00	WARNING 203.0.113.188	deprecated	HTMLHelper::_('behavior.formvalidator') is deprecated. Use the web asset manager.
2026-12-16T06:16:47+00:00	INFO 127.0.0.1	scheduler	Tâche n°3 « Relance des paniers abandonnés » exécutée, code de sortie 0, durée 1,26 s
2026-12-16T06:16:49+00:00	WARNING 192.0.2.234	deprecated	HTMLHelper::_('behavior.formvalidator') is deprecated. Use the web asset manager.
2026-12-16T06:16:52+00:00	INFO 203.0.113.173	pivoine.requete	GET /mariage/orchidee-phalaenopsis 200
