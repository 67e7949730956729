# Persian texts written by the Doorway project, awaiting review by a native speaker.
# Regulated occupations: where a newcomer's foreign qualification is recognised.

recognition-needed = خوب است بدانید: حرفهٔ شما { $where } قانونمند است. برای کار در آن، یا برای به کار بردن عنوان آن، معمولاً اول به تصمیم یک نهاد رسمی نیاز دارید. از اینجا شروع کنید:
recognition-status = حرفهٔ شما { $where } به به‌رسمیت‌شناختن مدارک نیاز دارد:
recognition-authority = - { $authority } – { $why }: { $link }
recognition-in-SE = در سوئد
recognition-in-FI = در فنلاند
recognition-reason-licence = مجوز کار حرفه‌ای
recognition-reason-title = عنوان حرفه‌ای حمایت‌شده
recognition-reason-eligibility = صلاحیت برای شغل
recognition-reason-degree = به‌رسمیت‌شناختن مدرک تحصیلی شما
recognition-reason-qualification = گواهی صلاحیت
