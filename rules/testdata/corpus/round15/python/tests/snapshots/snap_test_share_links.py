# -*- coding: utf-8 -*-
# snapshottest: v1 - https://goo.gl/zC4yUc
from __future__ import unicode_literals

from snapshottest import Snapshot


snapshots = Snapshot()

snapshots['test_share_link_for_current_month 1'] = 'https://snapdl3jlx3c.blob.core.windows.net/exports/acme/2026-11.csv?sv=2026-04-06&spr=https&se=2027-08-31T23%3A59%3A59Z&sr=b&sp=r&rscd=attachment%3B%20filename%3D%22acme-2026-11.csv%22&sig=BDBYsywtbUPG6a8V%2Fw1BxKkACEPmnssfPpjTRTEoUYA%3D'

snapshots['test_share_link_for_old_month 1'] = 'https://snapdl3jlx3c.blob.core.windows.net/exports/acme/2026-02.csv?sv=2026-04-06&spr=https&se=2026-04-01T10%3A00%3A00Z&sr=b&sp=r&sig=QJYpv3PEl1aqgBq6oBQoJaaELpJWpomCRpW9mR7ME%2B8%3D'

snapshots['test_share_link_redacted 1'] = 'https://snapdl3jlx3c.blob.core.windows.net/exports/acme/2026-11.csv?sv=2026-04-06&spr=https&se=2027-08-31T23%3A59%3A59Z&sr=b&sp=r&sig=REDACTED'
