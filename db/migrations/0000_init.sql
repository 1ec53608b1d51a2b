CREATE TABLE `app_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`target` text,
	`detail_json` text DEFAULT '{}' NOT NULL,
	`request_id` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_log_action_idx` ON `audit_log` (`action`,`at`);--> statement-breakpoint
CREATE TABLE `rate_limits` (
	`key` text PRIMARY KEY NOT NULL,
	`window_start` integer NOT NULL,
	`count` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`role` text NOT NULL,
	`teams_json` text DEFAULT '[]' NOT NULL,
	`subject` text NOT NULL,
	`token_id` integer,
	`csrf_hash` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`expires_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sessions_expires_idx` ON `sessions` (`expires_at`);--> statement-breakpoint
CREATE TABLE `tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`teams_json` text DEFAULT '[]' NOT NULL,
	`secret_hash` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`expires_at` text,
	`revoked_at` text,
	`last_used_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tokens_secret_hash_unique` ON `tokens` (`secret_hash`);--> statement-breakpoint
CREATE TABLE `blame_dismissals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`postmortem_id` integer NOT NULL,
	`fingerprint` text NOT NULL,
	`category` text NOT NULL,
	`text` text NOT NULL,
	`reason` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`postmortem_id`) REFERENCES `postmortems`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `blame_dismissals_uq` ON `blame_dismissals` (`postmortem_id`,`fingerprint`);--> statement-breakpoint
CREATE TABLE `blame_findings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`revision_id` integer NOT NULL,
	`postmortem_id` integer NOT NULL,
	`category` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`text` text NOT NULL,
	`weight` real NOT NULL,
	`explanation` text NOT NULL,
	`suggestion` text NOT NULL,
	`fingerprint` text NOT NULL,
	`rule_id` text NOT NULL,
	`section_kind` text,
	`version` text NOT NULL,
	FOREIGN KEY (`revision_id`) REFERENCES `revisions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`postmortem_id`) REFERENCES `postmortems`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `blame_findings_revision_idx` ON `blame_findings` (`revision_id`);--> statement-breakpoint
CREATE INDEX `blame_findings_postmortem_idx` ON `blame_findings` (`postmortem_id`,`category`);--> statement-breakpoint
CREATE TABLE `cause_clusters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`label` text NOT NULL,
	`label_source` text DEFAULT 'auto' NOT NULL,
	`category` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `cause_corrections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`postmortem_id` integer,
	`other_postmortem_id` integer,
	`payload_json` text DEFAULT '{}' NOT NULL,
	`created_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`postmortem_id`) REFERENCES `postmortems`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`other_postmortem_id`) REFERENCES `postmortems`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `cause_corrections_pm_idx` ON `cause_corrections` (`postmortem_id`);--> statement-breakpoint
CREATE INDEX `cause_corrections_other_idx` ON `cause_corrections` (`other_postmortem_id`);--> statement-breakpoint
CREATE TABLE `cause_features` (
	`postmortem_id` integer PRIMARY KEY NOT NULL,
	`revision_id` integer NOT NULL,
	`text` text NOT NULL,
	`text_hash` text NOT NULL,
	`features_json` text NOT NULL,
	`primary_category` text NOT NULL,
	`category_override` text,
	`cluster_id` integer,
	`version` text NOT NULL,
	FOREIGN KEY (`postmortem_id`) REFERENCES `postmortems`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`cluster_id`) REFERENCES `cause_clusters`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `cause_features_cluster_idx` ON `cause_features` (`cluster_id`);--> statement-breakpoint
CREATE INDEX `cause_features_version_idx` ON `cause_features` (`version`);--> statement-breakpoint
CREATE TABLE `cause_term_stats` (
	`term` text PRIMARY KEY NOT NULL,
	`df` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `cause_terms` (
	`term` text NOT NULL,
	`postmortem_id` integer NOT NULL,
	`weight` real NOT NULL,
	PRIMARY KEY(`term`, `postmortem_id`),
	FOREIGN KEY (`postmortem_id`) REFERENCES `postmortems`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `cause_terms_postmortem_idx` ON `cause_terms` (`postmortem_id`);--> statement-breakpoint
CREATE TABLE `recurrences` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`postmortem_id` integer NOT NULL,
	`repeats_postmortem_id` integer NOT NULL,
	`similarity` real NOT NULL,
	`open_action_items_json` text DEFAULT '[]' NOT NULL,
	`open_action_item_count` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`postmortem_id`) REFERENCES `postmortems`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`repeats_postmortem_id`) REFERENCES `postmortems`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `recurrences_pair_uq` ON `recurrences` (`postmortem_id`,`repeats_postmortem_id`);--> statement-breakpoint
CREATE INDEX `recurrences_repeats_idx` ON `recurrences` (`repeats_postmortem_id`);--> statement-breakpoint
CREATE TABLE `digest_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`subscription_id` integer NOT NULL,
	`recipient` text NOT NULL,
	`iso_week` text NOT NULL,
	`message_id` text NOT NULL,
	`status` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` text,
	`last_error` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`sent_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `digest_outbox_recipient_week_uq` ON `digest_outbox` (`recipient`,`iso_week`);--> statement-breakpoint
CREATE INDEX `digest_outbox_status_idx` ON `digest_outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `subscriptions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`scope` text NOT NULL,
	`teams_json` text DEFAULT '[]' NOT NULL,
	`time_zone` text DEFAULT 'UTC' NOT NULL,
	`send_day` integer DEFAULT 1 NOT NULL,
	`send_hour` integer DEFAULT 8 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`unsubscribed_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `subscriptions_email_uq` ON `subscriptions` (`email`,`scope`,`teams_json`);--> statement-breakpoint
CREATE TABLE `services` (
	`name` text PRIMARY KEY NOT NULL,
	`team_id` text NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `services_team_idx` ON `services` (`team_id`);--> statement-breakpoint
CREATE TABLE `teams` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `action_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`postmortem_id` integer NOT NULL,
	`team_id` text,
	`key` text NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	`owner` text,
	`status` text NOT NULL,
	`document_status` text NOT NULL,
	`due_on` text,
	`created_on` text,
	`completed_on` text,
	`tracker_ref` text,
	`kind` text,
	`priority` text,
	`status_source` text DEFAULT 'document' NOT NULL,
	`status_updated_at` text,
	`is_demo` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`postmortem_id`) REFERENCES `postmortems`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `action_items_postmortem_key_uq` ON `action_items` (`postmortem_id`,`key`);--> statement-breakpoint
CREATE INDEX `action_items_team_status_idx` ON `action_items` (`team_id`,`status`,`due_on`);--> statement-breakpoint
CREATE INDEX `action_items_tracker_idx` ON `action_items` (`tracker_ref`);--> statement-breakpoint
CREATE TABLE `cause_statements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`postmortem_id` integer NOT NULL,
	`role` text NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`postmortem_id`) REFERENCES `postmortems`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `cause_statements_postmortem_idx` ON `cause_statements` (`postmortem_id`);--> statement-breakpoint
CREATE TABLE `postmortem_services` (
	`postmortem_id` integer NOT NULL,
	`service` text NOT NULL,
	PRIMARY KEY(`postmortem_id`, `service`),
	FOREIGN KEY (`postmortem_id`) REFERENCES `postmortems`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `postmortem_services_service_idx` ON `postmortem_services` (`service`);--> statement-breakpoint
CREATE TABLE `postmortems` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source` text NOT NULL,
	`external_id` text NOT NULL,
	`current_revision_id` integer,
	`title` text NOT NULL,
	`team_id` text,
	`occurred_on` text,
	`started_at` text,
	`detected_at` text,
	`resolved_at` text,
	`published_on` text,
	`time_to_detect_minutes` real,
	`time_to_recover_minutes` real,
	`severity` text,
	`summary` text,
	`blame_score` integer,
	`blameful` integer,
	`blame_finding_count` integer,
	`cause_category` text,
	`cluster_id` integer,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `postmortems_identity_uq` ON `postmortems` (`source`,`external_id`);--> statement-breakpoint
CREATE INDEX `postmortems_team_date_idx` ON `postmortems` (`team_id`,`occurred_on`);--> statement-breakpoint
CREATE INDEX `postmortems_date_idx` ON `postmortems` (`occurred_on`);--> statement-breakpoint
CREATE INDEX `postmortems_cluster_idx` ON `postmortems` (`cluster_id`);--> statement-breakpoint
CREATE INDEX `postmortems_demo_idx` ON `postmortems` (`is_demo`);--> statement-breakpoint
CREATE TABLE `revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`postmortem_id` integer NOT NULL,
	`number` integer NOT NULL,
	`content_hash` text NOT NULL,
	`content_type` text NOT NULL,
	`raw` text NOT NULL,
	`body` text NOT NULL,
	`parsed_json` text NOT NULL,
	`parser_version` text NOT NULL,
	`blame_version` text,
	`blame_score` integer,
	`blameful` integer,
	`causes_version` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`postmortem_id`) REFERENCES `postmortems`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `revisions_postmortem_number_uq` ON `revisions` (`postmortem_id`,`number`);--> statement-breakpoint
CREATE INDEX `revisions_blame_version_idx` ON `revisions` (`blame_version`);--> statement-breakpoint
CREATE TABLE `sections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`revision_id` integer NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`heading` text NOT NULL,
	`level` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	FOREIGN KEY (`revision_id`) REFERENCES `revisions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sections_revision_idx` ON `sections` (`revision_id`);--> statement-breakpoint
CREATE TABLE `tracker_tickets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`provider` text NOT NULL,
	`ref` text NOT NULL,
	`url` text,
	`state` text NOT NULL,
	`event_at` text NOT NULL,
	`closed_at` text,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tracker_tickets_ref_uq` ON `tracker_tickets` (`provider`,`ref`);--> statement-breakpoint
CREATE TABLE `webhook_deliveries` (
	`id` text PRIMARY KEY NOT NULL,
	`provider` text NOT NULL,
	`event` text NOT NULL,
	`received_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
