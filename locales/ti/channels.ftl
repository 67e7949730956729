# Tigrinya texts written by the Doorway project, awaiting review by a native speaker.
whatsapp-menu = ምረጽ
whatsapp-type-number = ቍጽሪ ምርጫኻ ስደድ።
error-slow-down = መልእኽትታት ብቕልጡፍ ኢኻ ትሰድድ ዘለኻ። በጃኻ { $seconds } ካልኢት ተጸበ፣ ድሕሪኡ ቀጽል።
