# language: nl
@figuur @handleiding-2.3
Functionaliteit: Figuren van §2.3 Instellen van aanvullende toegangsbeheerders
  Elke schermafdruk van de sectie, getekend uit de oefenomgeving (vaccinnet-bdd figures).

  Scenario: Het Beheer der Toegangsbeheerders met de stap "TOEGANGSBEHEERDERS AANSTELLEN" open
    Gegeven "Lotte Dubois" is hoofdtoegangsbeheerder van wachtpost "GUARD POST TEST"
    En "Lotte Dubois" is aangemeld bij het Beheer der Toegangsbeheerders
    Als zij de stap "TOEGANGSBEHEERDERS AANSTELLEN" openklikt
    Dan toont de pagina figuur "2.3-1" met deze markeringen:
      | nummer | rol  | naam                           |
      |        | knop | TOEGANGSBEHEERDERS AANSTELLEN  |
      |        | knop | Toegangsbeheerders aanstellen  |
