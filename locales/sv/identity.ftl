# tillit — svenska — identity: setup, sign-in, profile, members

setup-title = Ställ in tillit
setup-intro = Skapa den första organisationen och dess administratör. Länken fungerar en gång.
login-title = Logga in
login-forgot = Glömt lösenordet?
mfa-title = Tvåstegsverifiering
mfa-intro = Ange koden från din autentiseringsapp.
mfa-code-help = Sex siffror från appen, eller en av dina återställningskoder.
reset-title = Glömt lösenord
reset-intro = Ange din e-postadress. Har den ett konto skickar vi en länk för att välja nytt lösenord.
reset-new-title = Välj nytt lösenord
invitation-title = Inbjudan
invitation-intro = Du är inbjuden till { $org } som { $role }.
invitation-sign-in-first = Du har redan ett konto. Logga in med det och öppna länken igen.
profile-title = Din profil
profile-details = Uppgifter
profile-password = Lösenord
profile-mfa = Tvåstegsverifiering
profile-recovery-left = { $count ->
    [one] En oanvänd återställningskod kvar.
   *[other] { $count } oanvända återställningskoder kvar.
    }
profile-more = Mer
totp-title = Autentiseringsapp
totp-required = Din roll eller organisation kräver tvåstegsverifiering. Ställ in den för att fortsätta.
totp-step-app = Öppna en autentiseringsapp i telefonen (till exempel Microsoft Authenticator, Google Authenticator eller FreeOTP).
totp-step-scan = Skanna QR-koden med appen.
totp-manual = Eller skriv in nyckeln för hand:
totp-step-code = Ange den sexsiffriga koden som appen visar.
recovery-title = Dina återställningskoder
recovery-intro = Förvara koderna säkert. Varje kod fungerar en gång om du tappar bort telefonen. De visas bara nu.
sessions-title = Var du är inloggad
sessions-intro = Det här är dina aktiva sessioner. Logga ut dem du inte känner igen.
sessions-this = den här sessionen
tokens-title = API-nycklar
tokens-intro = Personliga nycklar till API:et. En nyckel agerar i den här organisationen med din roll, och går ut.
tokens-new = Ny nyckel
tokens-copy-now = Kopiera nyckeln nu. Den visas inte igen.
members-title = Medlemmar
invite-title = Bjud in en medlem
invitations-pending = Väntande inbjudningar
reset-mfa-help = Tar bort medlemmens autentiseringsapp, återställningskoder och nyckelkoder, och loggar ut medlemmen överallt.
roles-title = Roller och behörigheter
roles-intro = Vad varje roll får göra. Tabellen är regeln som tillit tillämpar på varje sida och i API:et.
roles-mfa-required = Måste använda tvåstegsverifiering här
org-settings-title = Organisationens inställningar
require-mfa-help = Administratörer behöver alltid tvåstegsverifiering. Det här slår på den för alla medlemmar.
mail-invite-subject = Inbjudan till { $org } i tillit
mail-invite-body =
    Hej,

    { $inviter } har bjudit in dig till { $org } i tillit som { $role }.

    Öppna länken för att tacka ja (giltig i { $days } dagar):
    { $link }

    Om du inte väntade dig inbjudan kan du bortse från mejlet.
mail-reset-subject = Välj nytt lösenord för tillit
mail-reset-body =
    Hej,

    Någon har bett om att välja nytt lösenord för ditt tillit-konto.
    Öppna länken inom { $minutes } minuter:
    { $link }

    Var det inte du kan du bortse från mejlet; lösenordet förblir detsamma.
passkeys-title = Nyckelkoder
passkeys-intro = En nyckelkod loggar in dig med enhetens fingeravtryck, ansikte eller PIN i stället för en kod.
passkeys-or = Eller använd en nyckelkod
field-passkey-name = Nyckelkodens namn
passkey-name-example = t.ex. jobbdator
passkey-working = Följ webbläsarens instruktioner …
action-add-passkey = Lägg till nyckelkod
action-use-passkey = Använd nyckelkod
action-remove = Ta bort
error-passkey = Nyckelkoden kunde inte användas. Försök igen eller använd en kod.
error-passkey-algorithm = Nyckelkoden använder en nyckeltyp som tillit inte godtar (P-256 krävs).
perm-catalogue_view = Se och söka i kravkataloger och ISO/IEC 27002
nav-catalogues = Krav

## Händelser i granskningsloggen
audit-action-setup-complete = Installation slutförd
audit-action-organisation-create = Organisation skapad
audit-action-organisation-update = Organisation ändrad
audit-action-login-success = Inloggad
audit-action-login-password-ok = Lösenord godkänt, väntar på andra faktorn
audit-action-login-failed = Misslyckad inloggning
audit-action-login-mfa-failed = Fel kod i tvåstegsverifiering
audit-action-login-locked = Konto tillfälligt låst
audit-action-logout = Utloggad
audit-action-session-revoke = Session avslutad
audit-action-session-revoke-all = Alla sessioner avslutade
audit-action-user-update = Profil ändrad
audit-action-user-password-change = Lösenord ändrat
audit-action-user-password-reset-requested = Länk för nytt lösenord begärd
audit-action-user-password-reset = Lösenord återställt
audit-action-user-totp-enable = Tvåstegsverifiering påslagen
audit-action-user-recovery-codes-regenerate = Nya återställningskoder skapade
audit-action-user-mfa-reset = Tvåstegsverifiering återställd
audit-action-user-passkey-add = Nyckel tillagd
audit-action-user-passkey-remove = Nyckel borttagen
audit-action-api-token-create = API-nyckel skapad
audit-action-api-token-revoke = API-nyckel återkallad
audit-action-invitation-create = Inbjudan skickad
audit-action-invitation-revoke = Inbjudan återkallad
audit-action-member-add = Medlem tillagd
audit-action-member-remove = Medlem borttagen
audit-action-member-role-change = Roll ändrad
