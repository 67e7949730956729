# Finnish texts written by the Doorway project, awaiting review by a native speaker.
# Säännellyt ammatit: missä ulkomainen tutkinto tunnustetaan.

recognition-needed = Hyvä tietää: ammattisi on säännelty { $where }. Ammatissa työskentely tai ammattinimikkeen käyttö vaatii yleensä ensin viranomaisen päätöksen. Aloita täältä:
recognition-status = Ammattisi vaatii tunnustamisen { $where }:
recognition-authority = - { $authority } – { $why }: { $link }
recognition-in-SE = Ruotsissa
recognition-in-FI = Suomessa
recognition-reason-licence = ammattioikeus
recognition-reason-title = suojattu ammattinimike
recognition-reason-eligibility = kelpoisuus tehtävään
recognition-reason-degree = tutkinnon tunnustaminen
recognition-reason-qualification = pätevyystodistus
