# Channel-specific words (WhatsApp's menu button, numbered choices).
whatsapp-menu = Choose
whatsapp-type-number = Reply with the number of your choice.
