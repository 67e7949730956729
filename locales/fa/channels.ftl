# Persian texts written by the Doorway project, awaiting review by a native speaker.
whatsapp-menu = انتخاب کنید
whatsapp-type-number = شمارهٔ گزینهٔ خود را بفرستید.
error-slow-down = شما پیام‌ها را خیلی سریع می‌فرستید. لطفاً { $seconds } ثانیه صبر کنید و بعد ادامه دهید.
