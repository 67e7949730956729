# Tigrinya texts written by the Doorway project, awaiting review by a native speaker.
# Privacy: consent, /mydata, /delete and the question after a long silence.

privacy-consent-none = ገና ፍቓድካ ኣይሃብካን። ብዘይ ፍቓድ Doorway ብዛዕባኻ ፕሮፋይል ኣይዕቅብን።
privacy-consent-given = ኣብ { $date } ፍቓድካ ሂብካ (ስሪት ጽሑፍ ብሕትውና { $value })። ክትስሕቦ እንተደሊኻ /delete ስደድ፡ ሽዑ ኩሉ ሓበሬታኻ ይድምሰስ።
privacy-mydata-sent = እዚ Doorway ብዛዕባኻ ዝሓዞ ኩሉ ሓበሬታ እዩ፡ ከም ፋይል JSON።
privacy-delete-confirm = ኩሉ ሓበሬታኻ ክትድምስስ ትደሊ ዶ? ፕሮፋይልካ፡ መልእኽትታትካን መልስታትካን ይድምሰሱ። ክፉት ርክባት ይስረዙ። እዚ ክምለስ ኣይክእልን።
button-privacy-delete = እወ፡ ኩሉ ደምስስ
button-privacy-keep = ኣይፋል፡ ሓዞ
privacy-delete-kept = ጽቡቕ። ዝተደምሰሰ የለን።
privacy-delete-stale = እዚ መጠወቒ ድሕሪ ሕጂ ኣይሰርሕን። ዝተደምሰሰ የለን። ደጊምካ ንምጅማር /delete ስደድ።
privacy-deleted = ኩሉ ሓበሬታኻ ተደምሲሱ። ስለ ዝተሳተፍካ የቐንየልና። ደጊምካ ክትጽንበር እንተደሊኻ /start ስደድ።
privacy-meeting-cancelled = ርክብካ ተሰሪዙ፡ እቲ ካልእ ተሳታፊ ንDoorway ገዲፉ።
privacy-retention-ask = ንነዊሕ ግዜ Doorway ኣይተጠቐምካን። ክትጸንሕ ትደሊ ዶ? ኣብ ውሽጢ { $n } መዓልቲ ካባኻ እንተዘይሰሚዕና ሓበሬታኻ ንድምስሶ።
button-privacy-stay = እወ፡ ክጸንሕ እየ
button-privacy-leave = ኣይፋል፡ ደምስሱ
privacy-retention-stayed = ምጽናሕካ የሐጉሰና። ፕሮፋይልካ ይጸንሕ።
