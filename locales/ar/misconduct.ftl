# Arabic texts written by the Doorway project, awaiting review by a native speaker.
# Misconduct reports and blocking.
report-nobody = يمكنك الإبلاغ عن شخص تم ربطك به. ليس لديك ربط بعد. إذا كان هناك خطأ، اكتب إلى منسّق البرنامج.
report-whom = عمّن تريد أن تبلغ؟
report-ask = ماذا حدث؟ اكتب بكلماتك (حتى { $max } حرف). المنسّقون فقط سيقرؤونه.
report-thanks = شكرًا لإخبارنا. وصل بلاغك إلى المنسّقين وسيتواصلون معك عند الحاجة.
report-stale = هذا البلاغ لم يعد مفتوحًا.
report-alert =
    ⚠️ بلاغ { $number }: { $reporter } يبلغ عن { $reported }:
    { $text }
button-report-block = منع من الربط
button-report-dismiss = رفض
report-blocked = بلاغ { $number }: الشخص ممنوع من الربط.
report-dismissed = تم رفض البلاغ { $number }.
block-done = { $name } ممنوع من الربط. ‏/unblock يعيده.
unblock-done = يمكن ربط { $name } من جديد.
unblock-not-blocked = لم يُعثر على شخص ممنوع باسم { $who }.
blocked-notice = أوقف أحد المنسّقين ربطك مؤقتًا. يرجى التواصل مع المنسّق.
