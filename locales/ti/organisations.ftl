# Tigrinya texts written by the Doorway project, awaiting review by a native speaker.
# ትካላት (ኣስራሕቲን መሻርኽትን) ንኣወሃሃድቲ: /org።

org-syntax =
    ትካል ንምምዝጋብ: /org add employer ስም ትካል (ወይ /org add partner ስም)።
    ትካላትን ሊንክታቶምን ንምዝርዛር /org ጥራይ ስደድ።
org-error-name = እቲ ትካል ስም የድልዮ።
org-error-kind = ዓይነቱ employer ወይ partner ክኸውን ኣለዎ።
org-added = { $organisation } ብኮድ { $code } ተመዝጊቡ። ብዚ ሊንክ ዝጽንበሩ ሰባት ንዕኡ ይቑጸሩ: { $link }
org-none = ገና ዝተመዝገበ ትካል የለን። { org-syntax }
org-list = { $count ->
    [one] ሓደ ትካል:
   *[other] { $count } ትካላት:
    }
org-line = { $organisation } ({ $kind })፡ ኮድ { $code }: { $count } ሰባት። ሊንክ: { $link }
