# Persian texts written by the Doorway project, awaiting review by a native speaker.
# Organisations (employers and partners) for coordinators: /org.

org-syntax =
    برای ثبت یک سازمان: /org add employer نام شرکت (یا /org add partner نام).
    برای فهرست سازمان‌ها و پیوندهای آن‌ها /org را به‌تنهایی بفرستید.
org-error-name = سازمان به یک نام نیاز دارد.
org-error-kind = نوع باید employer یا partner باشد.
org-added = { $organisation } با کد { $code } ثبت شد. کسانی که از این پیوند بپیوندند، برای آن شمرده می‌شوند: { $link }
org-none = هنوز هیچ سازمانی ثبت نشده است. { org-syntax }
org-list = { $count ->
    [one] یک سازمان:
   *[other] { $count } سازمان:
    }
org-line = { $organisation } ({ $kind })، کد { $code }: { $count } نفر. پیوند: { $link }
