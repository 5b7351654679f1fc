#pragma once

// What the audit log costs (issue 8): large writes with the audit triggers and without them.
void benchAudit();
