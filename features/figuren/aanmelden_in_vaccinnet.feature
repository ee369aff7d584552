# language: nl
@figuur @handleiding-2.4.2
Functionaliteit: Figuren van §2.4.2 Inloggen als RIZIV-organisatie in Vaccinnet
  Elke schermafdruk van de sectie, getekend uit de oefenomgeving (vaccinnet-bdd figures).

  Achtergrond:
    Gegeven "Ann Claes" is gebruiker van wachtpost "GUARD POST TEST" met "Vaccinnet Consultatie en Registratie"

  Scenario: De profielkeuze met "Ik wil me aanmelden als:" en "Binnen de organisatie:"
    Als "Ann Claes" zich bij Vaccinnet aanmeldt
    Dan toont de pagina figuur "2.4.2-1" met deze markeringen:
      | nummer | rol        | naam                     |
      |        | keuzelijst | Ik wil me aanmelden als: |
      |        | keuzelijst | Binnen de organisatie:   |

  Scenario: "Binnen de organisatie:" open, met "GUARD POST TEST" onder "Wachtpost"
    Als "Ann Claes" zich bij Vaccinnet aanmeldt
    En zij de keuzelijst "Binnen de organisatie:" openklapt
    Dan toont de pagina figuur "2.4.2-2" met deze markeringen:
      | nummer | rol   | naam            |
      |        | keuze | GUARD POST TEST |
