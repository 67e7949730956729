# Persian texts written by the Doorway project, awaiting review by a native speaker.
# Privacy: consent, /mydata, /delete and the question after a long silence.

privacy-consent-none = شما هنوز رضایت نداده‌اید. بدون آن، Doorway هیچ پروفایلی از شما نگه نمی‌دارد.
privacy-consent-given = شما در { $date } رضایت دادید (نسخهٔ متن حریم خصوصی { $value }). برای پس گرفتن آن /delete را بفرستید: آن‌وقت همهٔ داده‌های شما پاک می‌شود.
privacy-mydata-sent = این همهٔ داده‌هایی است که Doorway از شما دارد، در یک فایل JSON.
privacy-delete-confirm = آیا می‌خواهید همهٔ داده‌هایتان را پاک کنید؟ پروفایل، پیام‌ها و پاسخ‌های شما پاک می‌شود. دیدارهای باز لغو می‌شوند. این کار برگشت‌پذیر نیست.
button-privacy-delete = بله، همه را پاک کن
button-privacy-keep = نه، نگه دار
privacy-delete-kept = خوب است. چیزی پاک نشد.
privacy-delete-stale = این دکمه دیگر معتبر نیست. چیزی پاک نشد. برای شروع دوباره /delete را بفرستید.
privacy-deleted = همهٔ داده‌های شما پاک شد. از همراهی شما سپاسگزاریم. اگر خواستید دوباره بپیوندید، /start را بفرستید.
privacy-meeting-cancelled = دیدار شما لغو شد: شرکت‌کنندهٔ دیگر Doorway را ترک کرده است.
privacy-retention-ask = مدت زیادی است که از Doorway استفاده نکرده‌اید. آیا می‌خواهید بمانید؟ اگر تا { $n } روز از شما خبری نشود، داده‌هایتان را پاک می‌کنیم.
button-privacy-stay = بله، می‌مانم
button-privacy-leave = نه، پاک کنید
privacy-retention-stayed = خوشحالیم که می‌مانید. پروفایل شما می‌ماند.
