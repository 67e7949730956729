# Arabic texts written by the Doorway project, awaiting review by a native speaker.
whatsapp-menu = اختر
whatsapp-type-number = أرسل رقم اختيارك.
error-slow-down = أنت ترسل الرسائل بسرعة كبيرة. انتظر { $seconds } ثانية، ثم تابع.
