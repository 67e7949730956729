# Tigrinya texts written by the Doorway project, awaiting review by a native speaker.
whatsapp-menu = ምረጽ
whatsapp-type-number = ቍጽሪ ምርጫኻ ስደድ።
