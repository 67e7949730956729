# Finnish texts written by the Doorway project, awaiting review by a native speaker.
# Kanavakohtaiset sanat (WhatsAppin valikkopainike, numeroidut vaihtoehdot).
whatsapp-menu = Valitse
whatsapp-type-number = Vastaa valintasi numerolla.
error-slow-down = Lähetät viestejä hyvin nopeasti. Odota { $seconds } sekuntia ja jatka sitten.
