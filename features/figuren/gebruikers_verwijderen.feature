# language: nl
@figuur @handleiding-2.4.1.2
Functionaliteit: Figuren van §2.4.1.2 Verwijderen van gebruikers
  Elke schermafdruk van de sectie, getekend uit de oefenomgeving (vaccinnet-bdd figures).

  Scenario: Een gebruiker aangevinkt, "Gebruiker(s) verwijderen" en "Uitvoeren"
    Gegeven "Lies Bos" is "LB" van wachtpost "GUARD POST TEST"
    En "Ann Claes" is gebruiker van wachtpost "GUARD POST TEST" met "Vaccinnet Consultatie en Registratie"
    En "GUARD POST TEST" heeft nog 10 gebruikers
    Als "Lies Bos" de gebruikers van "GUARD POST TEST" opent
    En zij "Ann Claes" aanvinkt in de gebruikerslijst
    Dan toont de pagina figuur "2.4.1.2-1" met deze markeringen:
      | nummer | rol        | naam                                 |
      | 1      | keuzevakje | Ann Claes selecteren                 |
      | 2      | keuzelijst | Actie op de geselecteerde gebruikers |
      | 3      | knop       | Uitvoeren                            |
