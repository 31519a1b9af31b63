import * as migration_20261125_222409_initial from './20261125_222409_initial';
import * as migration_20261125_225919_workflow from './20261125_225919_workflow';
import * as migration_20261126_011241_workflow_languages_consent_schedule from './20261126_011241_workflow_languages_consent_schedule';
import * as migration_20261126_020350_screen_channel from './20261126_020350_screen_channel';
import * as migration_20261126_033752_partner_channel from './20261126_033752_partner_channel';
import * as migration_20261202_215843_print_channel from './20261202_215843_print_channel';
import * as migration_20261207_094939_logins_without_lockout from './20261207_094939_logins_without_lockout';
import * as migration_20261207_102508_workflow_locks from './20261207_102508_workflow_locks';
import * as migration_20261207_104754_upload_idempotency from './20261207_104754_upload_idempotency';
import * as migration_20261207_123329_publication_ledger from './20261207_123329_publication_ledger';
import * as migration_20261207_133000_language_aware_text from './20261207_133000_language_aware_text';
import * as migration_20261207_133500_baku_time from './20261207_133500_baku_time';
import * as migration_20261207_133600_website_addresses from './20261207_133600_website_addresses';
import * as migration_20261207_133650_print_artwork from './20261207_133650_print_artwork';
import * as migration_20261207_133700_screen_whole_renditions from './20261207_133700_screen_whole_renditions';
import * as migration_20261207_133712_autoincrement_ids from './20261207_133712_autoincrement_ids';

export const migrations = [
  {
    up: migration_20261125_222409_initial.up,
    down: migration_20261125_222409_initial.down,
    name: '20261125_222409_initial',
  },
  {
    up: migration_20261125_225919_workflow.up,
    down: migration_20261125_225919_workflow.down,
    name: '20261125_225919_workflow',
  },
  {
    up: migration_20261126_011241_workflow_languages_consent_schedule.up,
    down: migration_20261126_011241_workflow_languages_consent_schedule.down,
    name: '20261126_011241_workflow_languages_consent_schedule',
  },
  {
    up: migration_20261126_020350_screen_channel.up,
    down: migration_20261126_020350_screen_channel.down,
    name: '20261126_020350_screen_channel',
  },
  {
    up: migration_20261126_033752_partner_channel.up,
    down: migration_20261126_033752_partner_channel.down,
    name: '20261126_033752_partner_channel',
  },
  {
    up: migration_20261202_215843_print_channel.up,
    down: migration_20261202_215843_print_channel.down,
    name: '20261202_215843_print_channel',
  },
  {
    up: migration_20261207_094939_logins_without_lockout.up,
    down: migration_20261207_094939_logins_without_lockout.down,
    name: '20261207_094939_logins_without_lockout',
  },
  {
    up: migration_20261207_102508_workflow_locks.up,
    down: migration_20261207_102508_workflow_locks.down,
    name: '20261207_102508_workflow_locks',
  },
  {
    up: migration_20261207_104754_upload_idempotency.up,
    down: migration_20261207_104754_upload_idempotency.down,
    name: '20261207_104754_upload_idempotency',
  },
  {
    up: migration_20261207_123329_publication_ledger.up,
    down: migration_20261207_123329_publication_ledger.down,
    name: '20261207_123329_publication_ledger',
  },
  {
    up: migration_20261207_133000_language_aware_text.up,
    down: migration_20261207_133000_language_aware_text.down,
    name: '20261207_133000_language_aware_text',
  },
  {
    up: migration_20261207_133500_baku_time.up,
    down: migration_20261207_133500_baku_time.down,
    name: '20261207_133500_baku_time',
  },
  {
    up: migration_20261207_133600_website_addresses.up,
    down: migration_20261207_133600_website_addresses.down,
    name: '20261207_133600_website_addresses',
  },
  {
    up: migration_20261207_133650_print_artwork.up,
    down: migration_20261207_133650_print_artwork.down,
    name: '20261207_133650_print_artwork',
  },
  {
    up: migration_20261207_133700_screen_whole_renditions.up,
    down: migration_20261207_133700_screen_whole_renditions.down,
    name: '20261207_133700_screen_whole_renditions',
  },
  {
    up: migration_20261207_133712_autoincrement_ids.up,
    down: migration_20261207_133712_autoincrement_ids.down,
    name: '20261207_133712_autoincrement_ids',
  },
];
