# Somali texts written by the Doorway project, awaiting review by a native speaker.
# Erayo guud: khaladaad, badhamo, magacyada luqadaha iyo dalalka.

error-empty = Fariintu way madhnayd. Fadlan qor jawaabtaada.
error-too-long = Fariintu aad bay u dheer tahay (in ka badan { $max } xaraf). Fadlan qor jawaab ka gaaban.
error-stale-button = Badhankaasi wuxuu ka tirsan yahay su'aal hore. Fadlan ka jawaab su'aasha hoose.
error-use-buttons = Fadlan dooro mid ka mid ah badhamada hoose.
error-type-text = Fadlan jawaabtaada qoraal ahaan u qor.
error-unknown-command = Ma aqaan amarka { $command }. Dir /help si aad u aragto waxa aan qaban karo.
error-finish-onboarding-first = Fadlan marka hore dhammee diiwaangelintaada. Waan ku dhow nahay.

button-yes = Haa
button-no = Maya
button-skip = Ka bood
button-done = Dhammaatay
button-close = Xir
button-confirm = Wax walba waa sax
button-number = { $n }
button-toggle = { $on ->
    [yes] ✓ { $name }
   *[no] { $name }
}

language-name-sv = Svenska
language-name-fi = Suomi
language-name-en = English
language-name-ar = العربية
language-name-fa = فارسی (دری)
language-name-uk = Українська
language-name-ru = Русский
language-name-so = Soomaali
language-name-ti = ትግርኛ

language-sv = Iswiidhish
language-fi = Finnish
language-en = Ingiriisi
language-ar = Carabi
language-fa = Faarisi/Dari
language-uk = Yukreeniyaan
language-ru = Ruush
language-so = Soomaali
language-ti = Tigrinya

country-SE = Iswiidhan
country-FI = Finland

gender-woman = Naag
gender-man = Nin
gender-non-binary = Labo-jinsi ma aha (non-binary)
