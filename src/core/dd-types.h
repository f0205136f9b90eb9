/* dd-types.h: forward declarations of every core type
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Headers include this instead of each other, so no two headers ever
 * depend on each other in a circle.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _DdAgreement        DdAgreement;
typedef struct _DdAgreementSection DdAgreementSection;
typedef struct _DdAgreementStore   DdAgreementStore;
typedef struct _DdAuditEntry       DdAuditEntry;
typedef struct _DdAuditLog         DdAuditLog;
typedef struct _DdCatalog          DdCatalog;
typedef struct _DdContext          DdContext;
typedef struct _DdDatabase         DdDatabase;
typedef struct _DdDataset          DdDataset;
typedef struct _DdDatasetStore     DdDatasetStore;
typedef struct _DdDesignatedUser   DdDesignatedUser;
typedef struct _DdOfficeSettings   DdOfficeSettings;
typedef struct _DdProbationUnits   DdProbationUnits;
typedef struct _DdReferencePattern DdReferencePattern;
typedef struct _DdReport           DdReport;
typedef struct _DdReportAppendix   DdReportAppendix;
typedef struct _DdReportList       DdReportList;
typedef struct _DdReportSection    DdReportSection;
typedef struct _DdReportStore      DdReportStore;
typedef struct _DdTransaction      DdTransaction;
typedef struct _DdUserEvent        DdUserEvent;
typedef struct _DdUserRegister     DdUserRegister;

G_END_DECLS
