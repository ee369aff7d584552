# language: nl
@handleiding-2.4.2
Functionaliteit: Aanmelden in Vaccinnet voor een RIZIV-organisatie
  Wie in het eHealth-toegangsbeheer rechten kreeg voor een organisatie, meldt zich in Vaccinnet
  aan als "Burger" en kiest die organisatie onder "Binnen de organisatie:".

  @regel-R36
  Scenario: Een gebruiker met een Vaccinnet-toepassing meldt zich aan voor zijn organisatie
    Gegeven "Ann Claes" is gebruiker van wachtpost "WACHTPOST LEIE" met "Vaccinnet Consultatie en Registratie"
    Als "Ann Claes" zich bij Vaccinnet aanmeldt
    En zij het profiel "Burger" kiest binnen de organisatie "WACHTPOST LEIE"
    Dan is zij in Vaccinnet aangemeld binnen de organisatie "WACHTPOST LEIE"
    En mag zij voor "WACHTPOST LEIE" enkel "Vaccinnet Consultatie en Registratie" gebruiken

  @regel-R36
  Scenario: De profielkeuze toont de schermteksten van Vaccinnet
    Gegeven "Ann Claes" is gebruiker van wachtpost "WACHTPOST LEIE" met "Vaccinnet Consultatie en Registratie"
    Als "Ann Claes" zich bij Vaccinnet aanmeldt
    Dan vraagt Vaccinnet "Kies uw profiel:" met "Ik wil me aanmelden als:" en "Binnen de organisatie:"
    En staat "Kies een profiel" vooraan in "Binnen de organisatie:"

  @regel-R39
  Scenario: "Binnen de organisatie:" groepeert de organisaties per soort
    Gegeven "Ann Claes" is gebruiker van wachtpost "WACHTPOST LEIE" met "Vaccinnet Consultatie en Registratie"
    En "Ann Claes" is gebruiker van apotheek "APOTHEEK DE LINDE" met "Vaccinnet Consultatie en Registratie"
    Als "Ann Claes" zich bij Vaccinnet aanmeldt
    Dan staat onder "Wachtpost" enkel "WACHTPOST LEIE"
    En staat onder "Apotheek" enkel "APOTHEEK DE LINDE"

  @regel-R37
  Scenario: "Binnen de organisatie:" toont enkel de organisaties waar de persoon rechten heeft
    Gegeven "Ann Claes" is gebruiker van wachtpost "WACHTPOST LEIE" met "Vaccinnet Consultatie en Registratie"
    En "Bert Wouters" is gebruiker van wachtpost "WACHTPOST SCHELDE" met "Vaccinnet Consultatie en Registratie"
    Als "Ann Claes" zich bij Vaccinnet aanmeldt
    Dan kan zij binnen de organisatie enkel kiezen uit "WACHTPOST LEIE"

  @regel-R37
  Scenario: Zonder rechten in een organisatie is "Binnen de organisatie:" niet zichtbaar
    Gegeven "Jan Peeters" heeft geen rechten in een organisatie
    Als "Jan Peeters" zich bij Vaccinnet aanmeldt
    Dan ziet hij "Binnen de organisatie:" niet
    En kan hij zich enkel aanmelden als "Burger"

  @regel-R37
  Scenario: Een gebruiker zonder Vaccinnet-toepassing krijgt de organisatie niet
    Gegeven "Ann Claes" is gebruiker van wachtpost "WACHTPOST LEIE" met "eHealthBox"
    Als "Ann Claes" zich bij Vaccinnet aanmeldt
    Dan ziet zij "Binnen de organisatie:" niet

  @aanname @regel-D1-T1
  Scenario: Wie in één organisatie geblokkeerd is, krijgt zijn andere organisatie wel
    Gegeven "Ann Claes" is geblokkeerde gebruiker van wachtpost "WACHTPOST LEIE" met "Vaccinnet Consultatie en Registratie"
    En "Ann Claes" is gebruiker van apotheek "APOTHEEK DE LINDE" met "Vaccinnet Consultatie en Registratie"
    Als "Ann Claes" zich bij Vaccinnet aanmeldt
    Dan kan zij binnen de organisatie enkel kiezen uit "APOTHEEK DE LINDE"

  # Aanname D1: de handleiding toont de status Geblokkeerd maar zegt niet wat die doet.
  @aanname @regel-D1
  Scenario: Een geblokkeerde gebruiker krijgt de organisatie niet
    Gegeven "Ann Claes" is geblokkeerde gebruiker van wachtpost "WACHTPOST LEIE" met "Vaccinnet Consultatie en Registratie"
    Als "Ann Claes" zich bij Vaccinnet aanmeldt
    Dan ziet zij "Binnen de organisatie:" niet

  @handleiding-1.2 @regel-R12 @regel-R2
  Abstract Scenario: De hoofdtoegangsbeheerder krijgt de organisatie zonder gebruiker te zijn
    Gegeven "Piet Janssens" is hoofdtoegangsbeheerder van <soort> "<organisatie>"
    Als "Piet Janssens" zich bij Vaccinnet aanmeldt
    Dan staat onder "<groep>" enkel "<organisatie>"

    Voorbeelden:
      | soort                                                          | organisatie         | groep                                                          |
      | Apotheek                                                       | APOTHEEK DE LINDE   | Apotheek                                                       |
      | Groepering met een RIZIV-nr derdebetaler                       | THUISZORG ZUID      | Groepering met een RIZIV-nr derdebetaler                       |
      | Groepering van huisartsen op dezelfde installatieplaats        | PRAKTIJK DE BRUG    | Groepering van huisartsen op dezelfde installatieplaats        |
      | Groepering van huisartsen op verschillende installatieplaatsen | HUISARTSEN REGIO    | Groepering van huisartsen op verschillende installatieplaatsen |
      | Huisartsenpraktijk met gemengde financiering                   | PRAKTIJK GEMENGD    | Huisartsenpraktijk met gemengde financiering                   |
      | Medisch huis                                                   | MEDISCH HUIS NOORD  | Medisch huis                                                   |
      | Wachtpost                                                      | WACHTPOST LEIE      | Wachtpost                                                      |

  @regel-R12
  Scenario: De wettelijke vertegenwoordiger krijgt de organisatie zonder gebruiker te zijn
    Gegeven "Lotte Dubois" is wettelijke vertegenwoordiger van medisch huis "MEDISCH HUIS NOORD"
    Als "Lotte Dubois" zich bij Vaccinnet aanmeldt
    Dan kan zij binnen de organisatie enkel kiezen uit "MEDISCH HUIS NOORD"

  @regel-R36
  Scenario: Bestel- en voorraadbeheer verschijnt enkel wanneer het toegekend is
    Gegeven "Ann Claes" is gebruiker van wachtpost "WACHTPOST LEIE" met "Vaccinnet Consultatie en Registratie, Vaccinnet Bestel- en voorraadbeheer"
    Als "Ann Claes" zich bij Vaccinnet aanmeldt
    En zij het profiel "Burger" kiest binnen de organisatie "WACHTPOST LEIE"
    Dan mag zij voor "WACHTPOST LEIE" enkel "Vaccinnet Bestel- en voorraadbeheer, Vaccinnet Consultatie en Registratie" gebruiken

  @regel-R104
  Scenario: Een zorgverlener kan zich als Burger of met zijn individuele profiel aanmelden
    Gegeven "Els Maes" is arts en gebruiker van wachtpost "WACHTPOST LEIE" met "Vaccinnet Consultatie en Registratie"
    Als "Els Maes" zich bij Vaccinnet aanmeldt
    Dan kan zij zich enkel aanmelden als "Burger, Arts"

  # Aanname: de handleiding zegt dat medewerkers altijd "Burger" kiezen; de mock weigert het individuele profiel binnen een organisatie.
  @aanname @regel-R104
  Scenario: Voor een organisatie meldt een zorgverlener zich aan als Burger, niet als zorgverlener
    Gegeven "Els Maes" is arts en gebruiker van wachtpost "WACHTPOST LEIE" met "Vaccinnet Consultatie en Registratie"
    Als "Els Maes" zich bij Vaccinnet aanmeldt
    En zij het profiel "Arts" kiest binnen de organisatie "WACHTPOST LEIE"
    Dan meldt Vaccinnet "Om voor een organisatie aan te melden kiest u 'Burger'"

  @regel-R36
  Scenario: Zonder organisatie meldt een persoon zich aan als burger
    Gegeven "Jan Peeters" heeft geen rechten in een organisatie
    Als "Jan Peeters" zich bij Vaccinnet aanmeldt
    En hij het profiel "Burger" kiest
    Dan is hij in Vaccinnet aangemeld als burger

  @regel-R37
  Scenario: Een profiel voor een organisatie zonder rechten wordt geweigerd, ook als het rechtstreeks wordt verstuurd
    Gegeven "Ann Claes" is gebruiker van wachtpost "WACHTPOST LEIE" met "Vaccinnet Consultatie en Registratie"
    En "Bert Wouters" is gebruiker van wachtpost "WACHTPOST SCHELDE" met "Vaccinnet Consultatie en Registratie"
    Als "Ann Claes" zich bij Vaccinnet aanmeldt
    En zij zelf het profiel van "WACHTPOST SCHELDE" verstuurt
    Dan meldt Vaccinnet "U heeft geen rechten om voor deze organisatie aan te melden"

  @handleiding-3.1.1 @regel-R41
  Scenario: "Hulp nodig" toont hoe het contactcenter van eHealth te bereiken is
    Gegeven "Jan Peeters" heeft geen rechten in een organisatie
    Als "Jan Peeters" zich bij Vaccinnet aanmeldt
    En hij op "Hulp nodig" klikt
    Dan toont Vaccinnet het contactcenter met "support.vaccinnet@support.eraanova.fgov.be" en "02 453 29 78, keuze 2"
