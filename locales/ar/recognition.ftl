# Arabic texts written by the Doorway project, awaiting review by a native speaker.
# Regulated occupations: where a newcomer's foreign qualification is recognised.

recognition-needed = من المفيد أن تعرف: مهنتك منظَّمة { $where }. للعمل فيها، أو لاستخدام لقبها، تحتاج عادةً إلى قرار من جهة رسمية أولًا. ابدأ من هنا:
recognition-status = مهنتك تحتاج إلى الاعتراف بالمؤهلات { $where }:
recognition-authority = - { $authority } – { $why }: { $link }
recognition-in-SE = في السويد
recognition-in-FI = في فنلندا
recognition-reason-licence = ترخيص مزاولة المهنة
recognition-reason-title = لقب مهني محمي
recognition-reason-eligibility = الأهلية للوظيفة
recognition-reason-degree = الاعتراف بشهادتك
recognition-reason-qualification = شهادة التأهيل
