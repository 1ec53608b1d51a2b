-- The postmortem list is served from the same cache as the metrics (server/services/metrics/cache.ts);
-- its service filter reads postmortem_services, so changes there bump metrics_data_version too.
CREATE TRIGGER `postmortem_services_metrics_version_insert` AFTER INSERT ON `postmortem_services` BEGIN INSERT INTO `app_meta` (`key`, `value`) VALUES ('metrics_data_version', '1') ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1; END;
--> statement-breakpoint
CREATE TRIGGER `postmortem_services_metrics_version_update` AFTER UPDATE ON `postmortem_services` BEGIN INSERT INTO `app_meta` (`key`, `value`) VALUES ('metrics_data_version', '1') ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1; END;
--> statement-breakpoint
CREATE TRIGGER `postmortem_services_metrics_version_delete` AFTER DELETE ON `postmortem_services` BEGIN INSERT INTO `app_meta` (`key`, `value`) VALUES ('metrics_data_version', '1') ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1; END;
