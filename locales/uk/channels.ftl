# Ukrainian texts written by the Doorway project, awaiting review by a native speaker.
whatsapp-menu = Вибрати
whatsapp-type-number = Надішліть номер свого вибору.
error-slow-down = Ви надсилаєте повідомлення дуже швидко. Зачекайте { $seconds } с і продовжуйте.
