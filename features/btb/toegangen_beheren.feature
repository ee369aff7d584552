# language: nl
@handleiding-2.4.1
Functionaliteit: Van het Beheer der Toegangsbeheerders naar het eHealth-toegangsbeheer
  Gebruikers beheren begint altijd op dezelfde manier: "Toegangen beheren" openklikken, de knop
  "Toegangsbeheer eHealth" onder "EHEALTH", aanmelden via CSAM en de organisatie kiezen.

  @regel-S4
  Scenario: "Toegangen beheren" toont de systemen waarin toegangen worden toegekend
    Als iemand het Beheer der Toegangsbeheerders opent
    En ze de stap "TOEGANGEN BEHEREN" openklikt
    Dan toont de stap deze systemen:
      | systeem                    | knop                                     |
      | SOCIALE ZEKERHEID          | Toegangsbeheer                           |
      | EHEALTH                    | Toegangsbeheer eHealth                   |
      | FOD BOSA DG DT             | Mijn eGov-rollenbeheer                   |
      | ANDERE SPECIFIEKE SYSTEMEN | Gebruikersbeheer van de Vlaamse overheid |

  @regel-S4
  Scenario: "Toegangsbeheer eHealth" leidt naar de aanmeldpagina met "Zich aanmelden via CSAM"
    Als iemand het Beheer der Toegangsbeheerders opent
    En ze de stap "TOEGANGEN BEHEREN" openklikt
    En ze op "Toegangsbeheer eHealth" klikt
    Dan biedt de aanmeldpagina van de sociale zekerheid "CSAM, Toegangscodes, Belgian ID voor buitenlanders" aan
    En toont de aanmeldpagina van de sociale zekerheid de knop "Zich aanmelden via CSAM"

  @regel-R28
  Scenario: Na aanmelden via CSAM kiest de beheerder de organisatie
    Gegeven "Lies Bos" is "LB" van wachtpost "WACHTPOST LEIE"
    Als "Lies Bos" zich via CSAM aanmeldt bij het eHealth-toegangsbeheer
    Dan kan zij kiezen uit de organisaties "WACHTPOST LEIE"

  @regel-R102
  Scenario: Wie al bij het Beheer der Toegangsbeheerders is aangemeld, hoeft niet opnieuw aan te melden
    Gegeven "Lies Bos" is "LB" van wachtpost "WACHTPOST LEIE"
    En "Lies Bos" is aangemeld bij het Beheer der Toegangsbeheerders
    Als zij via "Toegangen beheren" naar "Toegangsbeheer eHealth" gaat
    En zij op "Zich aanmelden via CSAM" klikt
    Dan kan zij kiezen uit de organisaties "WACHTPOST LEIE"

  @regel-R28
  Scenario: De lijst toont de organisaties waar de persoon beheerder of gebruiker is
    Gegeven "Lies Bos" is "LB" van wachtpost "WACHTPOST LEIE"
    En "Lies Bos" is gebruiker van apotheek "APOTHEEK DE LINDE" met "eHealthBox"
    En "Bert Wouters" is "LB" van medisch huis "MEDISCH HUIS NOORD"
    Als "Lies Bos" zich via CSAM aanmeldt bij het eHealth-toegangsbeheer
    Dan kan zij kiezen uit de organisaties "APOTHEEK DE LINDE, WACHTPOST LEIE"

  @regel-R28
  Scenario: Wie nergens beheerder of gebruiker is, moet de hoofdtoegangsbeheerder contacteren
    Gegeven "Jan Peeters" heeft geen rechten in een organisatie
    Als "Jan Peeters" zich via CSAM aanmeldt bij het eHealth-toegangsbeheer
    Dan meldt de pagina "contacteer dan de hoofdtoegangsbeheerder (HTB) van uw organisatie"

  @regel-R28
  Scenario: De beheerder opent de gebruikers van de gekozen organisatie
    Gegeven "Lies Bos" is "LB" van wachtpost "WACHTPOST LEIE"
    Als "Lies Bos" zich via CSAM aanmeldt bij het eHealth-toegangsbeheer
    En zij de organisatie "WACHTPOST LEIE" kiest
    En zij op "Gebruikers" klikt
    Dan toont het eHealth-toegangsbeheer de gebruikers van "WACHTPOST LEIE"
