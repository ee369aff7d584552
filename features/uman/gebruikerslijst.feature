# language: nl
@handleiding-2.4.1.1
Functionaliteit: De gebruikerslijst van het eHealth-toegangsbeheer
  De lijst "Gebruikers" toont per organisatie wie er beheerder (LB, Co-LB) of gebruiker (USER) is,
  laat filteren op de criteria bovenaan en de lijst exporteren.

  Achtergrond:
    Gegeven "Lies Bos" is "LB" van wachtpost "WACHTPOST LEIE"
    En "Ann Claes" is gebruiker van wachtpost "WACHTPOST LEIE" met "Vaccinnet Consultatie en Registratie"
    En "Bert Wouters" is "Co-LB" van wachtpost "WACHTPOST LEIE"
    En "Els Maes" is geblokkeerde gebruiker van wachtpost "WACHTPOST LEIE" met "eHealthBox"

  @regel-R32
  Scenario: De lijst toont de kolommen van de handleiding en telt de gevonden gebruikers
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    Dan heeft de lijst de kolommen "Naam, Voornaam, Gebruikersnaam, Type, INSZ, Status, Actie"
    En toont de lijst "4 items gevonden."
    En staan de beheerders boven de gebruikers: "LB, Co-LB, USER, USER"

  @regel-R32
  Scenario: Filteren op type toont enkel de beheerders van dat type
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    En zij filtert op Type "LB"
    Dan toont de lijst enkel "Lies Bos"
    En toont de lijst "1 items gevonden."

  @regel-R32
  Abstract Scenario: Filteren op <criterium>
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    En zij filtert op <criterium> "<waarde>"
    Dan toont de lijst enkel "<gebruikers>"
    En toont de lijst "1 items gevonden."

    Voorbeelden:
      | criterium               | waarde                               | gebruikers   |
      | Naam                    | Claes                                | Ann Claes    |
      | Voornaam                | Bert                                 | Bert Wouters |
      | Type                    | Co-LB                                | Bert Wouters |
      | Status                  | Geblokkeerd                          | Els Maes     |
      | Beveiligde toepassingen | Vaccinnet Consultatie en Registratie | Ann Claes    |

  @regel-R32
  Scenario: "Aantal gebruikers" bepaalt hoeveel gebruikers een pagina toont
    Gegeven "WACHTPOST LEIE" heeft nog 12 gebruikers
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    En zij filtert op Aantal gebruikers "10"
    Dan toont de lijst "16 items gevonden."
    En toont de pagina 10 gebruikers van "Pagina 1 van 2"

  @regel-R32
  Scenario: De volgende pagina toont de overige gebruikers en telt ze nog allemaal
    Gegeven "WACHTPOST LEIE" heeft nog 12 gebruikers
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    En zij filtert op Aantal gebruikers "10"
    En zij op "Volgende pagina" klikt
    Dan toont de lijst "16 items gevonden."
    En toont de pagina 6 gebruikers van "Pagina 2 van 2"

  @regel-R32
  Abstract Scenario: De gefilterde lijst exporteren als <formaat>
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    En zij filtert op Type "USER"
    En zij de gebruikers exporteert met "<link>"
    Dan bevat het bestand de kolommen "Naam, Voornaam, Gebruikersnaam, Type, INSZ, Status"
    En bevat het bestand enkel "Ann Claes, Els Maes"

    Voorbeelden:
      | formaat | link   |
      | csv     | (.csv) |
      | Excel   | Excel  |

  # Aanname D9: de handleiding zegt niet wat een gewone gebruiker ziet.
  @aanname @regel-D9
  Scenario: Een gewone gebruiker ziet enkel zijn eigen gegevens
    Als "Ann Claes" de gebruikers van "WACHTPOST LEIE" opent
    Dan toont de lijst enkel "Ann Claes"
    En kan zij geen gebruikers toevoegen of verwijderen

  # Aanname D1: een geblokkeerde beheerder kan niet beheren.
  @aanname @regel-D1
  Scenario: Een geblokkeerde beheerder kan geen gebruikers toevoegen
    Gegeven "Bert Wouters" is geblokkeerd in "WACHTPOST LEIE"
    Als "Bert Wouters" de gebruikers van "WACHTPOST LEIE" opent
    Dan kan hij geen gebruikers toevoegen of verwijderen

  # Aanname D9 (zie hierboven): ook het verzoek zelf, buiten de pagina om, wordt geweigerd.
  @aanname @regel-D9
  Scenario: Een gewone gebruiker die zelf het verzoek verstuurt om iemand toe te voegen, wordt geweigerd
    Gegeven "Tom Willems" heeft geen rechten in een organisatie
    Als "Ann Claes" de gebruikers van "WACHTPOST LEIE" opent
    En zij zelf "een gebruiker toevoegen" verstuurt voor "Tom Willems" in "WACHTPOST LEIE" met "eHealthBox"
    Dan weigert het portaal dat met "U kunt de gebruikers van WACHTPOST LEIE niet beheren: u bent er geen toegangsbeheerder."
    En ziet "Lies Bos" "Tom Willems" niet in de gebruikers van "WACHTPOST LEIE"

  # Aanname D9: ook verwijderen buiten de pagina om wordt geweigerd.
  @aanname @regel-D9
  Scenario: Een gewone gebruiker die zelf het verzoek verstuurt om iemand te verwijderen, wordt geweigerd
    Als "Ann Claes" de gebruikers van "WACHTPOST LEIE" opent
    En zij zelf "gebruikers verwijderen" verstuurt voor "Bert Wouters" in "WACHTPOST LEIE"
    Dan weigert het portaal dat met "U kunt de gebruikers van WACHTPOST LEIE niet beheren: u bent er geen toegangsbeheerder."
    En ziet "Lies Bos" "Bert Wouters" nog in de gebruikers van "WACHTPOST LEIE"

  # Aanname D1: ook een geblokkeerde beheerder die het verzoek zelf verstuurt, wordt geweigerd.
  @aanname @regel-D1
  Scenario: Een geblokkeerde beheerder die zelf het verzoek verstuurt om iemand toe te voegen, wordt geweigerd
    Gegeven "Bert Wouters" is geblokkeerd in "WACHTPOST LEIE"
    En "Tom Willems" heeft geen rechten in een organisatie
    Als "Bert Wouters" de gebruikers van "WACHTPOST LEIE" opent
    En hij zelf "een gebruiker toevoegen" verstuurt voor "Tom Willems" in "WACHTPOST LEIE" met "eHealthBox"
    Dan weigert het portaal dat met "U kunt de gebruikers van WACHTPOST LEIE niet beheren: uw account is geblokkeerd."
    En ziet "Lies Bos" "Tom Willems" niet in de gebruikers van "WACHTPOST LEIE"

  @regel-R28
  Scenario: Niemand opent de gebruikers van een andere organisatie door het adres aan te passen
    Gegeven "Jan Peeters" is "LB" van apotheek "APOTHEEK DE LINDE"
    Als "Jan Peeters" de gebruikers van "WACHTPOST LEIE" opent
    Dan meldt de pagina "U heeft geen toegang tot het toegangsbeheer van WACHTPOST LEIE"

  # Aanname D9 laat wie beheert door: een co-toegangsbeheerder beheert zoals de toegangsbeheerder.
  @wijzigt @aanname @regel-D9-T1
  Scenario: Een co-toegangsbeheerder voegt gebruikers toe
    Gegeven "Tom Willems" heeft geen rechten in een organisatie
    Als "Bert Wouters" de gebruikers van "WACHTPOST LEIE" opent
    En hij "Tom Willems" toevoegt met "Vaccinnet Consultatie en Registratie"
    Dan staat "Tom Willems" in de lijst als "USER" met status "Actief"

  @regel-R9-G1
  Scenario: De hoofdtoegangsbeheerder uit ProGezondheid opent de gebruikers in het eHealth-toegangsbeheer
    Gegeven "Piet Janssens" is hoofdtoegangsbeheerder in ProGezondheid van wachtpost "WACHTPOST LEIE"
    Als "Piet Janssens" de gebruikers van "WACHTPOST LEIE" opent
    Dan toont het eHealth-toegangsbeheer de gebruikers van "WACHTPOST LEIE"
