# Channel-specific words (WhatsApp's menu button, numbered choices).
whatsapp-menu = Choose
whatsapp-type-number = Reply with the number of your choice.
error-slow-down = You are sending messages very fast. Please wait { $seconds } seconds, then go on.
