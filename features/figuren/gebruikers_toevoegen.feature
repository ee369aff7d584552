# language: nl
@figuur @handleiding-2.4.1.1
Functionaliteit: Figuren van §2.4.1.1 Toevoegen van gebruikers
  Elke schermafdruk van de sectie, getekend uit de oefenomgeving (vaccinnet-bdd figures).

  Achtergrond:
    Gegeven "Lies Bos" is "LB" van wachtpost "GUARD POST TEST"
    En "Bert Wouters" is "Co-LB" van wachtpost "GUARD POST TEST"
    En "GUARD POST TEST" heeft nog 5 gebruikers
    En "Ann Claes" heeft geen rechten in een organisatie

  @wijzigt
  Scenario: De gebruikerslijst na het opslaan, met onderaan het INSZ en "Volgende"
    Als "Lies Bos" de gebruikers van "GUARD POST TEST" opent
    En zij "Ann Claes" toevoegt met "Vaccinnet Consultatie en Registratie"
    Dan meldt de lijst "De gegevens van de gebruiker werden opgeslagen"
    En toont de pagina figuur "2.4.1.1-1" met deze markeringen:
      | nummer | rol  | naam                                                |
      |        | veld | Rijksregisternummer (INSZ) van de nieuwe gebruiker |
      |        | knop | Volgende                                            |

  Scenario: Het formulier van de gebruiker met de beveiligde toepassingen
    Als "Lies Bos" de gebruikers van "GUARD POST TEST" opent
    En zij het INSZ van "Ann Claes" invult en op "Volgende" klikt
    En zij e-mailadres "test@smals.be" invult en "Vaccinnet Bestel- en voorraadbeheer, Vaccinnet Consultatie en Registratie" aanvinkt
    Dan toont de pagina figuur "2.4.1.1-2" met deze markeringen:
      | nummer | rol         | naam                                 |
      |        | keuzevakje  | Vaccinnet Bestel- en voorraadbeheer  |
      |        | keuzevakje  | Vaccinnet Consultatie en Registratie |
      |        | knop        | Opslaan                              |

  Scenario: De controlepagina "Een gebruiker aanmaken" met "Bevestigen"
    Als "Lies Bos" de gebruikers van "GUARD POST TEST" opent
    En zij het INSZ van "Ann Claes" invult en op "Volgende" klikt
    En zij e-mailadres "test@smals.be" en "eHealthBox, Vaccinnet Bestel- en voorraadbeheer, Vaccinnet Consultatie en Registratie" opslaat
    Dan toont de pagina figuur "2.4.1.1-3" met deze markeringen:
      | nummer | rol  | naam       |
      |        | knop | Bevestigen |

  @wijzigt
  Scenario: De gebruikerslijst met het potloodje om de rechten te wijzigen
    Als "Lies Bos" de gebruikers van "GUARD POST TEST" opent
    En zij "Ann Claes" toevoegt met "eHealthBox"
    Dan meldt de lijst "De gegevens van de gebruiker werden opgeslagen"
    En toont de pagina figuur "2.4.1.1-4" met deze markeringen:
      | nummer | rol  | naam                        |
      |        | link | Rechten van Ann Claes wijzigen |
