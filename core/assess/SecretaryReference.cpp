#include "SecretaryReference.h"

#include "AssessData.h"
#include "AssessmentRepository.h"
#include "org/PostRepository.h"

#include <QDate>

namespace dj {

QList<SecretaryRow> SecretaryReference::build(Database &db, const QString &assessmentId)
{
    const Assessment a = AssessmentRepository(db).get(assessmentId);
    const QDate yearEnd(a.year, 12, 31);
    const QDate yearStart(a.year, 1, 1);
    PostRepository posts(db);
    QList<SecretaryRow> out;
    for (const OrgResult &r : AssessData::compute(db, assessmentId).rows) {
        SecretaryRow row{r.code, r.name, {}, r.total, r.rank, r.grade, r.scored, r.provisional(), r.veto, r.tie};
        QDate latest;
        for (const PostView &p : posts.forOrg(r.orgId, false)) {
            if (p.post.type != PostType::BrSecretary && p.post.type != PostType::GbSecretary)
                continue;
            // Held at some point in the year; the one held last wins.
            if (p.post.from > yearEnd || (p.post.to.isValid() && p.post.to < yearStart))
                continue;
            if (!latest.isValid() || p.post.from > latest) {
                latest = p.post.from;
                row.secretary = p.personName;
            }
        }
        out << row;
    }
    return out;
}

} // namespace dj
