# language: nl
@figuur @handleiding-2.2
Functionaliteit: Figuren van §2.2 Hoofdtoegangsbeheerder aanduiden
  Elke schermafdruk van de sectie, getekend uit de oefenomgeving (vaccinnet-bdd figures).

  Scenario: De aanmeldpagina "Toegang krijgen tot de beveiligde diensten" van de registratie
    Als iemand de pagina "Hoe toegang krijgen tot de applicaties?" opent
    En ze de registratie opent onder "Toegang vragen als zorginstelling"
    Dan toont de pagina figuur "2.2-1" met deze markeringen:
      | nummer | rol  | naam           |
      |        | knop | Zich aanmelden |
