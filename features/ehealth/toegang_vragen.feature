# language: nl
@handleiding-2.2
Functionaliteit: Een toegangsmachtiging vragen op de pagina van eGezondheid
  De wettelijke vertegenwoordiger vindt de registratie van de zorginstelling op de pagina "Hoe
  toegang krijgen tot de applicaties?", onder "Toegangscontrole (autorisatie) tot een toepassing".

  @regel-R14
  Scenario: "In de praktijk" toont de onderwerpen van de pagina
    Als iemand de pagina "Hoe toegang krijgen tot de applicaties?" opent
    Dan toont "In de praktijk" de onderwerpen "Probleem bij het aanmelden met mijn eID, Is mijn browser goedgekeurd ?, Toegangscontrole (autorisatie) tot een toepassing, Gebruikers en toegangsbeheer, Mandaten, Toestemming voor het gebruik van gegevens door de toepassingen"

  @regel-R14
  Scenario: "Een toegangsmachtiging vragen" toont drie soorten aanvragen, elk met registratie en handleiding
    Als iemand de pagina "Hoe toegang krijgen tot de applicaties?" opent
    En ze "Toegangscontrole (autorisatie) tot een toepassing" openklikt
    En ze "Een toegangsmachtiging vragen" openklikt
    Dan toont elke aanvraag "Registreer u via de website van CSAM" en "Raadpleeg de gebruikshandleiding":
      | aanvraag                              |
      | Toegang aanvragen voor uw ziekenhuis  |
      | Toegang aanvragen voor uw onderneming |
      | Toegang vragen als zorginstelling     |

  @regel-R14
  Scenario: De registratie als zorginstelling vraagt eerst om aan te melden
    Als iemand de pagina "Hoe toegang krijgen tot de applicaties?" opent
    En ze de registratie opent onder "Toegang vragen als zorginstelling"
    Dan toont de aanmeldpagina van eGezondheid deze digitale sleutels:
      | sleutel                                                  |
      | Met uw elektronische identiteitskaart (eID)              |
      | Met uw token                                             |
      | Met unieke code, gegenereerd door een mobiele applicatie |
      | Met de mobiele app itsme                                 |
    En biedt de aanmeldpagina van eGezondheid ook "Met uw toegangscodes" aan

  @regel-R16
  Scenario: Na aanmelden vraagt de registratie de soort instelling en het instellingsnummer
    Gegeven "Lotte Dubois" is wettelijke vertegenwoordiger van wachtpost "WACHTPOST LEIE"
    Als iemand de pagina "Hoe toegang krijgen tot de applicaties?" opent
    En ze de registratie opent onder "Toegang vragen als zorginstelling"
    En "Lotte Dubois" zich bij de registratie aanmeldt
    Dan vraagt de registratie "Soort instelling" en "Instellingsnummer (RIZIV-nummer)"
