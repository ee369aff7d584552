# language: nl
@handleiding-2.4.1.2
Functionaliteit: Gebruikers verwijderen uit het eHealth-toegangsbeheer
  Een toegangsbeheerder kan gebruikers altijd verwijderen: keuzevakje aanvinken, "Gebruiker(s)
  verwijderen" kiezen en "Uitvoeren". Daarna hebben ze geen rechten meer voor die organisatie.

  Achtergrond:
    Gegeven "Lies Bos" is "LB" van wachtpost "WACHTPOST LEIE"
    En "Ann Claes" is gebruiker van wachtpost "WACHTPOST LEIE" met "Vaccinnet Consultatie en Registratie"

  @wijzigt @regel-R34
  Scenario: Een verwijderde gebruiker verdwijnt uit de lijst
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    En zij "Ann Claes" verwijdert
    Dan staat "Ann Claes" niet meer in de gebruikerslijst
    En toont de lijst "1 items gevonden."

  @wijzigt @regel-R34 @regel-R32
  Scenario: Meerdere gebruikers tegelijk verwijderen
    Gegeven "Bert Wouters" is gebruiker van wachtpost "WACHTPOST LEIE" met "eHealthBox"
    En "Els Maes" is gebruiker van wachtpost "WACHTPOST LEIE" met "eHealthBox"
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    En zij "Ann Claes, Bert Wouters" verwijdert
    Dan staat "Ann Claes" niet meer in de gebruikerslijst
    En staat "Bert Wouters" niet meer in de gebruikerslijst
    En toont de lijst "2 items gevonden."

  @wijzigt @regel-R35
  Scenario: Een verwijderde gebruiker kan niet meer voor de organisatie aanmelden in Vaccinnet, de anderen wel
    Gegeven "Bert Wouters" is gebruiker van wachtpost "WACHTPOST LEIE" met "Vaccinnet Consultatie en Registratie"
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    En zij "Ann Claes" verwijdert
    En "Ann Claes" zich bij Vaccinnet aanmeldt
    Dan ziet zij "Binnen de organisatie:" niet
    En kan "Bert Wouters" in Vaccinnet kiezen voor "WACHTPOST LEIE"

  # Aanname D8: de handleiding zegt niet wat er gebeurt met de rechten in een andere organisatie.
  @aanname @regel-D8
  Scenario: Verwijderen uit één organisatie laat de rechten in een andere organisatie staan
    Gegeven "Ann Claes" is gebruiker van apotheek "APOTHEEK DE LINDE" met "Vaccinnet Consultatie en Registratie"
    En "Lies Bos" verwijderde "Ann Claes" uit "WACHTPOST LEIE"
    Als "Ann Claes" zich bij Vaccinnet aanmeldt
    Dan kan zij binnen de organisatie enkel kiezen uit "APOTHEEK DE LINDE"

  # Aanname D7: de handleiding zegt niet wat "Uitvoeren" zonder selectie doet.
  @aanname @regel-D7
  Scenario: "Uitvoeren" zonder geselecteerde gebruiker verwijdert niemand
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    En zij "Uitvoeren" kiest zonder iemand te selecteren
    Dan meldt de pagina "Selecteer eerst minstens één gebruiker."
    En toont de lijst "2 items gevonden."

  # Aanname D10: de handleiding zegt niet of een beheerder zichzelf kan verwijderen; de oefenomgeving
  # weigert het, zodat een organisatie haar beheerder niet per vergissing kwijtraakt.
  @aanname @regel-D10
  Scenario: Een toegangsbeheerder verwijdert zichzelf niet
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    En zij "Lies Bos, Ann Claes" verwijdert
    Dan meldt de pagina "U kunt uzelf niet verwijderen."
    En ziet "Lies Bos" "Ann Claes" nog in de gebruikers van "WACHTPOST LEIE"
