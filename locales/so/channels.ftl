# Somali texts written by the Doorway project, awaiting review by a native speaker.
whatsapp-menu = Dooro
whatsapp-type-number = Ku jawaab lambarka aad dooratay.
error-slow-down = Fariimaha aad ayaad u diraysaa. Fadlan sug { $seconds } ilbiriqsi, kadibna sii wad.
