# Persian texts written by the Doorway project, awaiting review by a native speaker.
# Picking a field (an ISCO-08 group) when the occupation was not recognised, or on request.

onboarding-occupation-unknown-pick = «{ $text }» را به‌عنوان یک حرفه نشناختم. آنچه نوشتید را نگه داشتم. حوزهٔ کاری خود را در زیر، گام به گام، انتخاب کنید، یا حرفهٔ خود را دوباره با کلمات دیگر بنویسید.
onboarding-occupation-is-sector = «{ $text }» یک حوزهٔ کاری با حرفه‌های بسیار است. نزدیک‌ترین گروه را در زیر انتخاب کنید، یا حرفهٔ خود را بنویسید، برای مثال «پرستار» یا «برق‌کار».
onboarding-sector-pick = حوزهٔ کاری خود را در زیر، گام به گام، انتخاب کنید.
onboarding-sector-deeper = { $title }: کدام‌یک از این‌ها نزدیک‌تر است؟
button-occupation-sector = به جای آن حوزهٔ کاری‌ام را انتخاب کنم
button-sector-up = برگشت
button-retype = دوباره بنویسم
