# Swedish texts written by the Doorway project, awaiting review by a native speaker.
# Ord för enskilda kanaler (WhatsApps menyknapp, numrerade val).
whatsapp-menu = Välj
whatsapp-type-number = Svara med numret för ditt val.
error-slow-down = Du skickar meddelanden mycket snabbt. Vänta { $seconds } sekunder och fortsätt sedan.
