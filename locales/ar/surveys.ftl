# Arabic texts written by the Doorway project, awaiting review by a native speaker.
# Follow-up surveys: right after a held meeting, and 3 and 6 months after the first one.
# Question messages get $number and $total (question 2 of 4), $reminder ("yes" or "no") and $max.

survey-intro-after_meeting = شكرًا للقائك { $name }! بضعة أسئلة قصيرة تساعد البرنامج على التحسن. يمكنك تخطي أي سؤال.
survey-intro-month_3 = مرت ثلاثة أشهر على أول لقاء لك مع فاتح باب. ثمانية أسئلة قصيرة: ماذا حدث منذ ذلك الحين؟ يمكنك تخطي أي سؤال.
survey-intro-month_6 = مرت ستة أشهر على أول لقاء لك مع فاتح باب. ثمانية أسئلة قصيرة: ماذا حدث منذ ذلك الحين؟ يمكنك تخطي أي سؤال.

survey-q-useful = ({ $number }/{ $total }) ما مدى فائدة اللقاء لك؟ 1 = لم يفد إطلاقًا، 5 = مفيد جدًا.
survey-q-keep_in_touch = ({ $number }/{ $total }) هل ستبقيان على تواصل؟
survey-q-meet_another = ({ $number }/{ $total }) هل تلتقي قادمًا جديدًا آخر؟
survey-q-note = ({ $number }/{ $total }) هل هناك شيء تريد إخبار المنسق به؟ اكتبه هنا، أو اضغط تخطَّ.
survey-q-job = ({ $number }/{ $total }) هل حصلت على عمل منذ اللقاء؟
survey-q-internship = ({ $number }/{ $total }) هل حصلت على تدريب عملي؟
survey-q-interview = ({ $number }/{ $total }) هل ذهبت إلى مقابلة عمل؟
survey-q-met_employers = ({ $number }/{ $total }) هل التقيت أصحاب عمل؟
survey-q-new_contacts = ({ $number }/{ $total }) كم معرفة مهنية جديدة كوّنت؟
survey-q-kept_contact = ({ $number }/{ $total }) هل ما زلت على تواصل مع فاتح الباب؟
survey-q-met_again = ({ $number }/{ $total }) هل التقيت فاتح الباب مرة أخرى؟
survey-q-chances_improved = ({ $number }/{ $total }) هل تشعر أن فرصك في العمل في مهنتك تحسنت؟

survey-option-yes = نعم
survey-option-no = لا
survey-option-maybe = ربما
survey-option-unsure = لست متأكدًا
survey-option-none = لا شيء
survey-option-1-3 = 1–3
survey-option-4-10 = 4–10
survey-option-over-10 = أكثر من 10
button-survey-skip = تخطَّ
button-survey-stop = أوقف الاستبيانات

survey-stale = تمت الإجابة عن ذلك السؤال أو أُغلق. لم يتغير شيء.
survey-closed = ذلك الاستبيان مغلق. شكرًا!
survey-error-buttons = يرجى الإجابة بأحد الأزرار (أو كتابة رقمه).
survey-error-number = يرجى كتابة عدد صحيح من 0 إلى { $max }.
survey-thanks = شكرًا لإجاباتك!
survey-stopped = لن أرسل لك المزيد من الاستبيانات. إذا غيّرت رأيك، أرسل /surveys.
survey-later = حسنًا، لاحقًا. يمكنك الإجابة بالأزرار أعلاه في أي وقت.
surveys-on = شكرًا! ستتلقى الاستبيانات مجددًا.
surveys-already-on = أنت تتلقى الاستبيانات بالفعل. لإيقافها، اضغط "أوقف الاستبيانات" تحت سؤال.
survey-reminder = تذكير: ما زالت بضعة أسئلة تنتظر إجابتك.
survey-door-opener-paused = شكرًا على لقائك. لن تتلقى اقتراحات جديدة في الوقت الحالي. أرسل /resume عندما تريد لقاء قادم جديد مرة أخرى.
