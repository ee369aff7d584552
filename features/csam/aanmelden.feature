# language: nl
Functionaliteit: Aanmelden via CSAM met een digitale sleutel
  De portalen krijgen de identiteit van wie zich aanmeldt van CSAM. Eens aangemeld, blijft de
  aanmelding geldig zolang het browservenster open is.

  @handleiding-2.4.2 @regel-R22
  Scenario: CSAM biedt de digitale sleutels aan, per groep
    Als iemand zich bij Vaccinnet begint aan te melden
    Dan biedt CSAM deze digitale sleutels aan:
      | groep                                                               | sleutel                                                                        |
      | eID of mobiele digitale sleutels                                    | AANMELDEN via MyGov.be                                                         |
      | eID of mobiele digitale sleutels                                    | AANMELDEN met eID kaartlezer                                                   |
      | eID of mobiele digitale sleutels                                    | AANMELDEN via itsme                                                            |
      | Digitale sleutels met beveiligingscode en gebruikersnaam + wachtwoord | AANMELDEN met beveiligingscode via e-mail                                    |
      | Digitale sleutels met beveiligingscode en gebruikersnaam + wachtwoord | AANMELDEN met beveiligingscode via mobiele app                               |
      | Europese authenticatie                                              | AANMELDEN met een elektronische identificatiemiddel erkend op Europees niveau |

  @handleiding-2.4.2 @regel-R22
  Abstract Scenario: Met elke digitale sleutel komt de persoon bij de profielkeuze van Vaccinnet
    Gegeven "Ann Claes" is gebruiker van wachtpost "WACHTPOST LEIE" met "Vaccinnet Consultatie en Registratie"
    Als "Ann Claes" zich bij Vaccinnet aanmeldt met "<sleutel>"
    Dan vraagt Vaccinnet "Ann Claes" om een profiel te kiezen

    Voorbeelden:
      | sleutel                          |
      | eID                              |
      | itsme                            |
      | MyGov.be                         |
      | beveiligingscode via e-mail      |
      | beveiligingscode via mobiele app |
      | Europese authenticatie           |

  @handleiding-2.4.1 @regel-R102
  Scenario: Een nieuw browservenster vraagt opnieuw een digitale sleutel
    Gegeven "Ann Claes" is gebruiker van wachtpost "WACHTPOST LEIE" met "Vaccinnet Consultatie en Registratie"
    En "Ann Claes" is aangemeld bij Vaccinnet
    Als zij Vaccinnet opent in een nieuw browservenster
    Dan vraagt CSAM om een digitale sleutel

  @handleiding-2.4.1 @regel-R102
  Scenario: Na afmelden vraagt CSAM opnieuw een digitale sleutel
    Gegeven "Ann Claes" is gebruiker van wachtpost "WACHTPOST LEIE" met "Vaccinnet Consultatie en Registratie"
    En "Ann Claes" is aangemeld bij Vaccinnet
    Als zij zich afmeldt bij Vaccinnet
    En zij zich opnieuw bij Vaccinnet begint aan te melden
    Dan vraagt CSAM om een digitale sleutel

  @handleiding-2.4.1 @regel-R102-G1
  Scenario: Afmelden bij Vaccinnet meldt ook af bij het eHealth-toegangsbeheer
    Gegeven "Lies Bos" is "LB" van wachtpost "WACHTPOST LEIE"
    Als "Lies Bos" zich via CSAM aanmeldt bij het eHealth-toegangsbeheer
    En zij zich bij Vaccinnet begint aan te melden
    En zij zich afmeldt bij Vaccinnet
    En zij het eHealth-toegangsbeheer opent
    Dan vraagt CSAM om een digitale sleutel

  # Aanname R105: de handleiding noemt geen tijdslimiet; de oefenomgeving sluit een sessie na 30
  # minuten zonder activiteit, zoals de portalen van de sociale zekerheid.
  @handleiding-2.4.2 @aanname @regel-R105
  Scenario: Na 30 minuten zonder activiteit vraagt Vaccinnet opnieuw om aan te melden
    Gegeven "Ann Claes" is gebruiker van wachtpost "WACHTPOST LEIE" met "Vaccinnet Consultatie en Registratie"
    Als "Ann Claes" zich bij Vaccinnet aanmeldt
    En er 31 minuten verstrijken zonder activiteit
    En zij Vaccinnet opent
    Dan meldt de pagina "Uw sessie is verlopen. Meld u opnieuw aan."

  @handleiding-2.4.2 @aanname @regel-R105
  Scenario: Binnen 30 minuten zonder activiteit blijft de persoon aangemeld
    Gegeven "Ann Claes" is gebruiker van wachtpost "WACHTPOST LEIE" met "Vaccinnet Consultatie en Registratie"
    Als "Ann Claes" zich bij Vaccinnet aanmeldt
    En er 29 minuten verstrijken zonder activiteit
    En zij Vaccinnet opent
    Dan vraagt Vaccinnet "Ann Claes" om een profiel te kiezen

  @handleiding-2.4.2 @aanname @regel-R105-T1
  Scenario: Wie actief blijft, blijft aangemeld, ook langer dan 30 minuten
    Gegeven "Ann Claes" is gebruiker van wachtpost "WACHTPOST LEIE" met "Vaccinnet Consultatie en Registratie"
    Als "Ann Claes" zich bij Vaccinnet aanmeldt
    En er 20 minuten verstrijken zonder activiteit
    En zij Vaccinnet opent
    En er 20 minuten verstrijken zonder activiteit
    En zij Vaccinnet opent
    Dan vraagt Vaccinnet "Ann Claes" om een profiel te kiezen
