# language: nl
@figuur @handleiding-2.4.1
Functionaliteit: Figuren van §2.4.1 Beheren van gebruikers
  Elke schermafdruk van de sectie, getekend uit de oefenomgeving (vaccinnet-bdd figures).

  Scenario: "TOEGANGEN BEHEREN" open, met de knop "Toegangsbeheer eHealth"
    Als iemand het Beheer der Toegangsbeheerders opent
    En ze de stap "TOEGANGEN BEHEREN" openklikt
    Dan toont de pagina figuur "2.4.1-1" met deze markeringen:
      | nummer | rol  | naam                   |
      |        | knop | TOEGANGEN BEHEREN      |
      |        | knop | Toegangsbeheer eHealth |

  Scenario: De aanmeldpagina van de sociale zekerheid, met "Zich aanmelden via CSAM"
    Als iemand het Beheer der Toegangsbeheerders opent
    En ze via "Toegangen beheren" naar "Toegangsbeheer eHealth" gaat
    Dan toont de pagina figuur "2.4.1-2" met deze markeringen:
      | nummer | rol  | naam                    |
      |        | knop | Zich aanmelden via CSAM |

  Scenario: De digitale sleutels van CSAM, "Aanmelden bij de online overheid"
    Als iemand het Beheer der Toegangsbeheerders opent
    En ze via "Toegangen beheren" naar "Toegangsbeheer eHealth" gaat
    En ze op "Zich aanmelden via CSAM" klikt
    Dan toont de pagina figuur "2.4.1-3" met deze markeringen:
      | nummer | rol  | naam                      |
      |        | blok | eID of mobiele digitale sleutels |

  Scenario: De organisaties waarvan de persoon beheerder of gebruiker is
    Gegeven "Lies Bos" is "LB" van wachtpost "GUARD POST TEST"
    Als "Lies Bos" zich via CSAM aanmeldt bij het eHealth-toegangsbeheer
    Dan toont de pagina figuur "2.4.1-4" met deze markeringen:
      | nummer | rol  | naam            |
      |        | link | GUARD POST TEST |

  Scenario: De startpagina van de organisatie, met "Gebruikers" in de zijbalk
    Gegeven "Lies Bos" is "LB" van wachtpost "GUARD POST TEST"
    Als "Lies Bos" zich via CSAM aanmeldt bij het eHealth-toegangsbeheer
    En zij de organisatie "GUARD POST TEST" kiest
    Dan toont de pagina figuur "2.4.1-5" met deze markeringen:
      | nummer | rol  | naam       |
      |        | link | Gebruikers |
