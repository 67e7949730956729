# Somali texts written by the Doorway project, awaiting review by a native speaker.
whatsapp-menu = Dooro
whatsapp-type-number = Ku jawaab lambarka aad dooratay.
