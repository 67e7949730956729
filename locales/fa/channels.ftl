# Persian texts written by the Doorway project, awaiting review by a native speaker.
whatsapp-menu = انتخاب کنید
whatsapp-type-number = شمارهٔ گزینهٔ خود را بفرستید.
