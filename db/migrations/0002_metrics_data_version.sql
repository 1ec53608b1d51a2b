-- The metrics response cache (server/services/metrics/cache.ts) is keyed by this counter: every row
-- change in a table the dashboard metrics read bumps it in the writing statement's own transaction, so a
-- cached answer can never outlive the data it was computed from, whatever code path (API, CLI, tracker
-- webhook, demo removal, erasure, reanalysis, raw SQL) made the change. The first such change creates the
-- row (a migration adds no rows: existing data must come out of every migration unchanged).
CREATE TRIGGER `postmortems_metrics_version_insert` AFTER INSERT ON `postmortems` BEGIN INSERT INTO `app_meta` (`key`, `value`) VALUES ('metrics_data_version', '1') ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1; END;
--> statement-breakpoint
CREATE TRIGGER `postmortems_metrics_version_update` AFTER UPDATE ON `postmortems` BEGIN INSERT INTO `app_meta` (`key`, `value`) VALUES ('metrics_data_version', '1') ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1; END;
--> statement-breakpoint
CREATE TRIGGER `postmortems_metrics_version_delete` AFTER DELETE ON `postmortems` BEGIN INSERT INTO `app_meta` (`key`, `value`) VALUES ('metrics_data_version', '1') ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1; END;
--> statement-breakpoint
CREATE TRIGGER `action_items_metrics_version_insert` AFTER INSERT ON `action_items` BEGIN INSERT INTO `app_meta` (`key`, `value`) VALUES ('metrics_data_version', '1') ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1; END;
--> statement-breakpoint
CREATE TRIGGER `action_items_metrics_version_update` AFTER UPDATE ON `action_items` BEGIN INSERT INTO `app_meta` (`key`, `value`) VALUES ('metrics_data_version', '1') ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1; END;
--> statement-breakpoint
CREATE TRIGGER `action_items_metrics_version_delete` AFTER DELETE ON `action_items` BEGIN INSERT INTO `app_meta` (`key`, `value`) VALUES ('metrics_data_version', '1') ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1; END;
--> statement-breakpoint
CREATE TRIGGER `blame_findings_metrics_version_insert` AFTER INSERT ON `blame_findings` BEGIN INSERT INTO `app_meta` (`key`, `value`) VALUES ('metrics_data_version', '1') ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1; END;
--> statement-breakpoint
CREATE TRIGGER `blame_findings_metrics_version_update` AFTER UPDATE ON `blame_findings` BEGIN INSERT INTO `app_meta` (`key`, `value`) VALUES ('metrics_data_version', '1') ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1; END;
--> statement-breakpoint
CREATE TRIGGER `blame_findings_metrics_version_delete` AFTER DELETE ON `blame_findings` BEGIN INSERT INTO `app_meta` (`key`, `value`) VALUES ('metrics_data_version', '1') ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1; END;
--> statement-breakpoint
CREATE TRIGGER `recurrences_metrics_version_insert` AFTER INSERT ON `recurrences` BEGIN INSERT INTO `app_meta` (`key`, `value`) VALUES ('metrics_data_version', '1') ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1; END;
--> statement-breakpoint
CREATE TRIGGER `recurrences_metrics_version_update` AFTER UPDATE ON `recurrences` BEGIN INSERT INTO `app_meta` (`key`, `value`) VALUES ('metrics_data_version', '1') ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1; END;
--> statement-breakpoint
CREATE TRIGGER `recurrences_metrics_version_delete` AFTER DELETE ON `recurrences` BEGIN INSERT INTO `app_meta` (`key`, `value`) VALUES ('metrics_data_version', '1') ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1; END;
--> statement-breakpoint
CREATE TRIGGER `cause_clusters_metrics_version_insert` AFTER INSERT ON `cause_clusters` BEGIN INSERT INTO `app_meta` (`key`, `value`) VALUES ('metrics_data_version', '1') ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1; END;
--> statement-breakpoint
CREATE TRIGGER `cause_clusters_metrics_version_update` AFTER UPDATE ON `cause_clusters` BEGIN INSERT INTO `app_meta` (`key`, `value`) VALUES ('metrics_data_version', '1') ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1; END;
--> statement-breakpoint
CREATE TRIGGER `cause_clusters_metrics_version_delete` AFTER DELETE ON `cause_clusters` BEGIN INSERT INTO `app_meta` (`key`, `value`) VALUES ('metrics_data_version', '1') ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1; END;
--> statement-breakpoint
CREATE TRIGGER `teams_metrics_version_insert` AFTER INSERT ON `teams` BEGIN INSERT INTO `app_meta` (`key`, `value`) VALUES ('metrics_data_version', '1') ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1; END;
--> statement-breakpoint
CREATE TRIGGER `teams_metrics_version_update` AFTER UPDATE ON `teams` BEGIN INSERT INTO `app_meta` (`key`, `value`) VALUES ('metrics_data_version', '1') ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1; END;
--> statement-breakpoint
CREATE TRIGGER `teams_metrics_version_delete` AFTER DELETE ON `teams` BEGIN INSERT INTO `app_meta` (`key`, `value`) VALUES ('metrics_data_version', '1') ON CONFLICT (`key`) DO UPDATE SET `value` = CAST(`value` AS INTEGER) + 1; END;
