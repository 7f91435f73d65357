/**
 * French reply templates (vouvoiement). Aspect phrases carry their article; wordings place them after
 * "sur", "concernant", "pour" or as a direct object, never after "de"/"à" (which would contract).
 * Wordings avoid agreeing a verb or participle with {concerns}/{praised} (one aspect or several).
 */
import type { LanguageTemplates } from './types';

export const fr: LanguageTemplates = {
  lang: 'fr',
  and: ' et ',
  visit: { hotel: 'votre séjour', restaurant: 'votre repas', unknown: 'votre visite' },
  team: { withEstablishment: "L'équipe de {establishment}", alone: "L'équipe" },
  aspects: {
    cleanliness: { positive: ['la propreté des lieux', 'le soin apporté au ménage'], negative: ['la propreté', "l'entretien des lieux"] },
    noise: { positive: ['le calme des lieux', 'la tranquillité de la maison'], negative: ['le bruit', 'les nuisances sonores'] },
    staff: { positive: ['notre équipe', "l'accueil de notre équipe"], negative: ["l'attitude de notre équipe", "l'accueil que vous avez reçu"] },
    breakfast: { positive: ['notre petit-déjeuner', 'le petit-déjeuner'], negative: ['le petit-déjeuner', 'notre petit-déjeuner'] },
    food: { positive: ['notre cuisine', 'les plats de notre chef'], negative: ['les plats servis', 'la cuisine'] },
    room: { positive: ['votre chambre', 'le confort de votre chambre'], negative: ['votre chambre', "l'état de la chambre"] },
    bed: { positive: ['la literie', 'le confort du lit'], negative: ['la literie', 'le confort du lit'] },
    bathroom: { positive: ['la salle de bains'], negative: ['la salle de bains', "l'état de la salle de bains"] },
    climate: { positive: ['la climatisation', 'la température intérieure'], negative: ['la température', 'le chauffage et la climatisation'] },
    wifi: { positive: ['la connexion wifi'], negative: ['la connexion wifi', 'le wifi'] },
    location: { positive: ['notre emplacement', 'la situation de la maison'], negative: ["l'emplacement", 'la situation'] },
    price: { positive: ['le rapport qualité-prix', 'nos tarifs'], negative: ['le rapport qualité-prix', 'les tarifs'] },
    check_in: { positive: ["l'accueil à votre arrivée", 'votre arrivée'], negative: ['votre arrivée', "l'enregistrement à l'arrivée"] },
    parking: { positive: ['le parking'], negative: ['le stationnement', 'le parking'] },
    pool: { positive: ['la piscine'], negative: ['la piscine', "l'espace piscine"] },
    view: { positive: ['la vue', 'le panorama'], negative: ['la vue'] },
    service: { positive: ['notre service', 'le service'], negative: ['le service', 'la qualité du service'] },
    wait: { positive: ['la rapidité du service'], negative: ["l'attente", "les délais d'attente"] },
    drinks: { positive: ['notre carte des boissons', 'les boissons'], negative: ['les boissons'] },
    spa: { positive: ['notre spa', "l'espace bien-être"], negative: ['le spa', "l'espace bien-être"] },
  },
  allegations: {
    fraud_accusation: 'la facturation',
    theft_accusation: 'vos effets personnels',
    health_hazard: "l'hygiène",
    discrimination: "l'égalité de traitement",
  },
  shared: {
    greeting: {
      warm: ['Bonjour {name},', 'Bonjour {name} !', 'Bonjour à vous, {name},'],
      formal: ['Bonjour {name},', 'Bonjour à vous, {name},'],
    },
    greetingNeutral: {
      warm: ['Bonjour,', 'Bonjour à vous,'],
      formal: ['Madame, Monsieur,', 'Bonjour,'],
    },
    signOff: {
      warm: ['Bien cordialement,', 'Bien à vous,', 'Très cordialement,', 'Cordialement,'],
      formal: ['Veuillez agréer nos salutations distinguées,', 'Avec nos salutations distinguées,', 'Respectueusement,', 'Nos sincères salutations,'],
    },
    thanksFeedback: {
      warm: [
        "Merci d'avoir pris le temps de [nous écrire|nous donner votre avis|nous raconter votre expérience] après {visit}.",
        "Merci pour ce retour [détaillé|précis|complet], que nous avons lu avec [attention|beaucoup d'attention|soin].",
        "Nous vous remercions d'avoir partagé votre [expérience|ressenti|point de vue] avec nous.",
        "Merci de nous avoir fait part de votre ressenti, c'est [précieux|important|utile] pour [nous tous|toute l'équipe].",
        "Merci d'avoir pris la peine de raconter {visit} chez {establishment}.",
        "Merci d'avoir pris la plume pour nous [faire part de votre expérience|raconter votre passage|donner vos impressions].",
        "Nous avons bien [reçu|lu] votre [message|avis] et nous vous remercions [de l'avoir écrit|du temps consacré].",
        'Merci pour [ces lignes|votre message|ces quelques lignes] : chaque avis [compte pour nous|nous est utile|nous aide à progresser].',
        'Nous [apprécions le|sommes sensibles au] temps que vous avez pris pour [rédiger cet avis|nous parler de {visit}].',
      ],
      formal: [
        "Nous vous remercions d'avoir pris le temps de nous faire part de votre [expérience|ressenti|appréciation].",
        'Nous vous remercions pour votre [commentaire|avis], que nous avons lu avec [la plus grande|une grande] attention.',
        "Nous vous sommes reconnaissants d'avoir partagé votre avis à la suite de {visit}.",
        "Nous avons pris connaissance de votre [message|commentaire] et vous remercions de nous l'avoir [adressé|transmis].",
        "Merci d'avoir consacré quelques minutes à évaluer {establishment}.",
        "Nous accusons réception de votre commentaire et vous en remercions.",
        "Nous vous remercions d'avoir consacré du temps à cet avis.",
      ],
    },
    praise: {
      warm: [
        'Nous sommes [ravis|très heureux|enchantés] que vous ayez [apprécié|aimé] {praised}.',
        "Toute l'équipe sera [heureuse|ravie|touchée] de lire vos [mots|compliments|mots aimables] sur {praised}.",
        'Vos [compliments|mots aimables] sur {praised} nous font [très plaisir|chaud au cœur|le plus grand plaisir].',
        "C'est une [belle|grande|vraie] satisfaction de savoir que vous avez aimé {praised}.",
        'Vos mots sur {praised} nous [touchent beaucoup|vont droit au cœur|font le plus grand bien].',
        "Nous transmettons avec [joie|plaisir] vos mots sur {praised} [aux personnes concernées|à toute l'équipe|à ceux qui y contribuent].",
      ],
      formal: [
        'Nous sommes [heureux|très heureux|satisfaits] que vous ayez apprécié {praised}.',
        "Vos remarques élogieuses sur {praised} seront transmises à l'équipe.",
        'Nous prenons note avec plaisir de votre appréciation sur {praised}.',
        'Nous sommes [sensibles|très sensibles] à vos compliments concernant {praised}.',
        "Votre appréciation concernant {praised} sera partagée avec l'ensemble du personnel.",
        "Nous sommes honorés de votre jugement favorable sur {praised}.",
      ],
    },
    private: {
      warm: [
        'Si vous le souhaitez, écrivez-nous à {contact} : nous pourrons en parler [plus en détail|ensemble|tranquillement].',
        "Pour reprendre [tout cela|chaque point] ensemble, n'hésitez pas à nous [contacter|écrire] directement à {contact}.",
        "Nous serions [heureux|ravis] d'en discuter avec vous : vous pouvez nous joindre à {contact}.",
        "Le plus simple serait d'échanger directement : {contact} est à votre disposition.",
      ],
      formal: [
        "Nous vous invitons à nous contacter directement à {contact} afin d'en discuter plus en détail.",
        'Pour tout complément, notre direction reste joignable à {contact}.',
        'Nous restons à votre disposition à {contact} pour examiner ces points avec vous.',
        "N'hésitez pas à nous écrire à {contact} : nous vous répondrons personnellement.",
      ],
    },
    privateGeneric: {
      warm: [
        'Si vous le souhaitez, [contactez-nous|écrivez-nous] directement : nous pourrons en parler [plus en détail|ensemble|tranquillement].',
        "N'hésitez pas à nous [écrire|contacter] directement pour que nous reprenions [tout cela|chaque point|les choses] ensemble.",
        "Nous serions [heureux|ravis|contents] d'en discuter avec vous [en privé|directement|de vive voix].",
        "Le plus simple serait d'en parler directement : notre porte vous [reste|est toujours] ouverte.",
        "Toute l'équipe reste à votre [disposition|écoute] si vous souhaitez [en parler|en discuter] directement.",
      ],
      formal: [
        "Nous vous invitons à prendre contact directement avec notre direction afin d'en discuter plus en détail.",
        'Nous restons à votre disposition, en privé, pour examiner ces points avec vous.',
        "Pour tout complément, n'hésitez pas à nous contacter directement : nous vous répondrons personnellement.",
        'Nous préférons poursuivre cet échange en direct et vous invitons à nous contacter.',
      ],
    },
    closingWelcome: {
      warm: [
        'Nous espérons avoir le plaisir de vous accueillir [à nouveau|de nouveau|très bientôt].',
        'Au plaisir de vous revoir [bientôt|très bientôt|prochainement] parmi nous.',
        'Ce serait une joie de vous recevoir de nouveau chez {establishment}.',
        "Nous [espérons|serions ravis de] vous retrouver [prochainement|bientôt|lors d'un prochain passage].",
        "À [bientôt|très bientôt], nous l'espérons[| de tout cœur].",
        'Nous serons [ravis|heureux|enchantés] de vous revoir quand vous le [souhaiterez|voudrez].',
        "Revenez nous voir [quand l'envie vous en prend|dès que vous le pourrez|lors de votre prochain passage dans la région] !",
        'Notre porte vous est [toujours|grande] ouverte, et nous [espérons|aimerions] vous accueillir [à nouveau|de nouveau] [bientôt|un jour].',
      ],
      formal: [
        'Nous serions [heureux|honorés|ravis] de vous accueillir de nouveau.',
        "Nous espérons avoir l'occasion de vous recevoir prochainement chez {establishment}.",
        "Nous souhaitons vivement avoir l'occasion de vous accueillir à nouveau.",
        "Au plaisir de vous recevoir lors d'une [prochaine visite|prochaine occasion|prochain séjour].",
        "Ce sera un plaisir de vous accueillir à l'occasion d'un prochain passage.",
        "Nous restons à votre disposition pour une prochaine visite.",
      ],
    },
    closingNeutral: {
      warm: [
        'Merci encore de nous avoir [écrit|adressé ce message].',
        'Nous vous remercions encore de votre [message|temps].',
        '[Bonne continuation|Très bonne continuation] à vous.',
        'Nous vous souhaitons une [excellente|très bonne|belle] [journée|semaine].',
        '[Belle|Bonne] fin de [journée|semaine] à vous.',
        'Merci encore pour votre [retour|message|temps].',
        'Prenez bien soin de vous[| et de vos proches].',
        'Merci de votre [attention|compréhension].',
      ],
      formal: [
        'Nous vous remercions de votre [compréhension|attention].',
        'Nous vous prions de croire à notre entière considération.',
        'Nous vous remercions à nouveau pour votre [message|commentaire].',
        'Nous vous souhaitons une [excellente|très bonne] continuation.',
        "Nous vous adressons nos meilleurs vœux.",
        "Nous vous remercions de l'attention portée à cette réponse.",
        "Nous vous prions d'agréer l'expression de notre considération.",
      ],
    },
  },
  strategies: {
    thank: {
      // the praise slot when no aspect was found: glad they enjoyed the visit, without naming anything
      praiseGeneric: {
        warm: [
          'Nous sommes [ravis|si heureux|enchantés] que vous ayez apprécié {visit}.',
          "Savoir que vous avez apprécié {visit} [compte beaucoup pour|réjouit] toute l'équipe.",
          'Rien ne nous fait plus plaisir que des clients qui repartent [heureux|satisfaits|enchantés].',
          "Votre satisfaction est [notre plus belle récompense|ce qui nous motive chaque jour|ce qui porte toute l'équipe].",
        ],
        formal: [
          'Nous sommes [heureux|très heureux|ravis] que {visit} ait [répondu à|été à la hauteur de] vos attentes.',
          'Votre satisfaction constitue [notre plus belle récompense|la meilleure des récompenses pour notre équipe].',
          'Nous sommes [heureux|honorés] que vous ayez apprécié {visit}.',
          "Rien n'est plus [gratifiant|précieux] pour notre équipe que la satisfaction de nos clients.",
        ],
      },
      thanksPraise: {
        warm: [
          "Un immense merci pour ce très [bel avis|joli commentaire|beau retour], qui [fait plaisir à|réjouit|touche] toute l'équipe.",
          "Merci [beaucoup|infiniment|de tout cœur] d'avoir pris le temps de partager un retour aussi [positif|chaleureux|enthousiaste] sur {visit}.",
          "Quel plaisir de lire votre [message|avis|commentaire] ! Merci [de tout cœur|de la part de toute l'équipe|mille fois].",
          'Merci mille fois pour ces mots [chaleureux|si gentils|bienveillants] après {visit}.',
          "Votre avis nous a fait [très plaisir|chaud au cœur], merci d'avoir pris ce temps pour nous.",
          "Merci pour ce [joli|beau|très beau] retour, qui tombe à pic pour [toute l'équipe|nous tous].",
          'Lire un avis comme le vôtre est la [meilleure des récompenses|plus belle des récompenses] : merci !',
          "Merci du fond du cœur d'avoir partagé ce [beau|joli|si beau] souvenir de {visit}.",
        ],
        formal: [
          'Nous vous remercions sincèrement pour votre [excellente appréciation|très bon avis|appréciation si positive].',
          "Nous vous remercions d'avoir pris le temps de partager un avis aussi positif à la suite de {visit}.",
          'Nous avons lu votre commentaire avec beaucoup de plaisir et vous en remercions.',
          'Votre appréciation nous honore et nous vous en remercions vivement.',
          'Nous vous remercions [vivement|sincèrement] pour ce retour [très positif|si favorable|élogieux].',
          "C'est avec une grande satisfaction que nous avons pris connaissance de votre avis.",
          "Nous vous remercions d'avoir pris la peine de partager votre appréciation de {visit}.",
        ],
      },
      reservation: {
        warm: [
          "Nous avons aussi bien noté votre remarque sur {concerns} et l'avons transmise à l'équipe.",
          'Merci également pour votre observation sur {concerns} : elle a été partagée avec les personnes concernées.',
          "Votre petite réserve sur {concerns} est bien notée, et nous l'avons partagée avec l'équipe.",
          'Et merci pour la franchise de votre remarque sur {concerns} : nous en avons parlé en équipe.',
        ],
        formal: [
          'Nous avons également pris note de votre remarque concernant {concerns}, transmise au service concerné.',
          "Votre observation sur {concerns} a été communiquée à l'équipe concernée.",
          'Nous avons par ailleurs bien noté votre commentaire sur {concerns}.',
          'Votre remarque concernant {concerns} a également retenu notre attention.',
        ],
      },
    },
    acknowledge_and_fix: {
      acknowledge: {
        warm: [
          'Nous avons bien lu ce que vous dites sur {concerns}, et nous comprenons [votre déception|tout à fait votre déception].',
          'Vos [remarques|commentaires] sur {concerns} nous ont touchés, et nous les prenons très au sérieux.',
          'Ce que vous décrivez concernant {concerns} ne correspond pas à ce que nous voulons offrir à nos clients.',
          "Votre retour sur {concerns} nous est [précieux|utile], même s'il n'est pas agréable à lire.",
        ],
        formal: [
          'Nous avons pris connaissance de vos remarques concernant {concerns} et comprenons votre insatisfaction.',
          'Vos observations sur {concerns} retiennent toute notre attention.',
          'Ce que vous rapportez concernant {concerns} ne correspond pas au niveau de service que nous souhaitons offrir.',
          'Nous prenons très au sérieux vos commentaires sur {concerns}.',
        ],
      },
      acknowledgeGeneric: {
        warm: [
          'Nous comprenons votre déception à la lecture de votre message.',
          'Vos remarques nous ont touchés, et nous les prenons très au sérieux.',
          'Ce que vous décrivez ne correspond pas à ce que nous souhaitons offrir à nos clients.',
          "Votre retour n'est pas agréable à lire, mais il nous est précieux.",
        ],
        formal: [
          'Nous avons pris connaissance de vos remarques et comprenons votre insatisfaction.',
          'Vos observations retiennent toute notre attention.',
          'Ce que vous rapportez ne correspond pas au niveau de service que nous souhaitons offrir.',
          'Nous prenons très au sérieux chacun des points que vous soulevez.',
        ],
      },
      apology: {
        warm: [
          "Nous sommes [sincèrement|vraiment] désolés que {visit} n'ait pas été à la hauteur de vos attentes.",
          'Toutes nos excuses pour cette déception.',
          'Nous vous présentons nos excuses pour ce désagrément.',
          'Nous regrettons [vraiment|sincèrement] que vous repartiez avec cette impression.',
        ],
        formal: [
          'Nous vous prions de bien vouloir accepter nos excuses pour cette déception.',
          "Nous regrettons sincèrement que {visit} n'ait pas répondu à vos attentes.",
          'Veuillez recevoir nos excuses pour les désagréments rencontrés.',
          "Nous sommes navrés que votre expérience n'ait pas été à la hauteur de nos standards.",
        ],
      },
      action: {
        warm: [
          "Nous avons transmis vos remarques à l'équipe concernée pour qu'elles soient examinées [en détail|de près|attentivement].",
          "Vos commentaires ont été partagés avec l'équipe, afin que nous en tirions les enseignements.",
          'Nous en avons [parlé|discuté] avec les personnes concernées pour voir ce qui peut être amélioré.',
          'Votre message a été relayé en interne et nous aidera à [faire mieux|progresser].',
        ],
        formal: [
          'Vos remarques ont été transmises aux services concernés afin d’être analysées.',
          "Nous avons partagé votre retour avec l'équipe concernée afin d'en tirer les enseignements nécessaires.",
          'Ces points seront examinés attentivement avec les équipes concernées.',
          'Votre message a été communiqué en interne afin d’identifier les améliorations possibles.',
        ],
      },
    },
    investigate_then_reply: {
      acknowledge: {
        warm: [
          '[Ce que vous rapportez|Ce que vous décrivez] concernant {concerns} est sérieux, et nous le prenons comme tel.',
          'Nous prenons [très|extrêmement] au sérieux ce que vous décrivez sur {concerns}.',
          'Ce que vous écrivez sur {concerns} mérite toute notre attention[| et sera examiné de près].',
          'Nous avons lu avec [la plus grande|une grande] attention votre témoignage sur {concerns}.',
        ],
        formal: [
          'Les faits que vous rapportez concernant {concerns} sont sérieux et nous les traitons comme tels.',
          'Nous accordons la plus grande importance à votre signalement concernant {concerns}.',
          'Votre témoignage concernant {concerns} fait l’objet de toute notre attention.',
          'Nous prenons très au sérieux les points que vous soulevez sur {concerns}.',
        ],
      },
      acknowledgeGeneric: {
        warm: [
          '[Ce que vous rapportez|Ce que vous décrivez] est sérieux, et nous le prenons comme tel.',
          'Nous prenons [très|extrêmement] au sérieux ce que vous décrivez.',
          'Nous avons lu votre [témoignage|message] avec la plus grande attention.',
          'Votre message nous a [interpellés|alertés], et nous ne le prenons pas à la légère.',
        ],
        formal: [
          'Les faits que vous rapportez sont sérieux et nous les traitons comme tels.',
          'Nous accordons la plus grande importance à votre signalement.',
          'Votre témoignage fait l’objet de toute notre attention.',
          'Nous ne prenons pas à la légère les éléments que vous évoquez.',
        ],
      },
      apology: {
        warm: [
          'Nous sommes [désolés|sincèrement désolés] que vous gardiez un tel sentiment de {visit}.',
          'Nous regrettons [sincèrement|vraiment] que vous ayez vécu les choses ainsi.',
          'Il est très désagréable de repartir avec une telle impression, et nous en sommes [navrés|sincèrement navrés|désolés].',
          'Nous sommes [sincèrement|vraiment] peinés que vous gardiez ce souvenir de {visit}.',
        ],
        formal: [
          'Nous regrettons sincèrement que vous gardiez cette impression de {visit}.',
          'Nous sommes navrés que votre expérience vous ait laissé un tel sentiment.',
          'Nous comprenons que cette situation ait pu vous affecter et le regrettons.',
          'Nous sommes sincèrement désolés du ressenti que vous exprimez.',
        ],
      },
      action: {
        warm: [
          'Nous vérifions chaque point avec les personnes concernées pour comprendre [précisément|exactement] ce qui s’est passé.',
          "Nous sommes en train d'examiner la [situation|question], point par point.",
          'Nous examinons la situation en détail avant de vous apporter une réponse [complète|précise].',
          'Une vérification est en cours auprès des personnes concernées : nous voulons comprendre ce qui s’est [passé|réellement passé].',
        ],
        formal: [
          'Une vérification interne est en cours afin d’établir précisément les faits.',
          'Nous examinons actuellement chaque élément avec les équipes concernées.',
          'Nous procédons aux vérifications nécessaires avant de vous apporter une réponse circonstanciée.',
          "Ces éléments font l'objet d'un examen attentif de notre part.",
        ],
      },
      private: {
        warm: [
          'Pour nous aider à y voir clair, pourriez-vous nous écrire à {contact} avec les détails de {visit} ?',
          'Afin d’avancer ensemble, nous vous invitons à nous contacter à {contact}.',
          'Écrivez-nous à {contact} : chaque précision nous aidera à comprendre ce qui s’est passé.',
          'Nous aimerions en parler avec vous directement : {contact} est à votre disposition.',
        ],
        formal: [
          'Afin de mener cet examen avec toute la rigueur nécessaire, nous vous invitons à nous contacter à {contact}.',
          'Nous vous saurions gré de nous transmettre tout élément utile à {contact}.',
          'Nous vous invitons à prendre contact avec la direction à {contact} afin d’échanger sur ces faits.',
          'Toute précision que vous pourriez nous adresser à {contact} nous sera utile.',
        ],
      },
      privateGeneric: {
        warm: [
          "Pour nous aider à y voir clair, n'hésitez pas à nous [contacter|écrire] directement avec les détails de {visit}.",
          'Afin d’avancer ensemble, nous vous invitons à nous [écrire|contacter] en privé.',
          '[Contactez-nous|Écrivez-nous] directement : chaque précision nous aidera à comprendre ce qui s’est passé.',
          'Nous aimerions en parler avec vous directement, [en dehors de cette page|en privé].',
        ],
        formal: [
          'Afin de mener cet examen avec toute la rigueur nécessaire, nous vous invitons à contacter directement notre direction.',
          'Nous vous saurions gré de nous transmettre directement tout élément utile.',
          'Nous vous invitons à prendre contact avec la direction afin d’échanger sur ces faits.',
          'Toute précision que vous pourriez nous adresser directement nous sera utile.',
        ],
      },
    },
    firm_and_factual: {
      facts: {
        warm: [
          'Pour que chacun dispose de tous les éléments, voici ce que nous avons constaté de notre côté : {facts}',
          'Nous souhaitons simplement apporter quelques précisions factuelles : {facts}',
          'Par souci de transparence envers nos futurs clients, voici les faits tels que nous les connaissons : {facts}',
        ],
        formal: [
          "Par souci d'exactitude, nous tenons à apporter les précisions suivantes : {facts}",
          "Afin que les lecteurs disposent d'une information complète, voici les faits établis de notre côté : {facts}",
          'Nous nous permettons de rappeler les éléments factuels suivants : {facts}',
        ],
      },
      wayOut: {
        warm: [
          'Nous comprenons que, sur le moment, la situation ait pu vous [paraître|sembler] différente.',
          'Un malentendu est toujours possible, et nous ne doutons pas [que votre ressenti soit sincère|de la sincérité de votre ressenti].',
          'Nous [comprenons|concevons] que les choses aient pu être vécues autrement de votre [point de vue|côté].',
          "[Chacun|Chacun d'entre nous] peut voir une même situation [différemment|sous un autre angle], et nous respectons votre [point de vue|regard].",
          'Nous admettons [volontiers|sans peine] que votre [ressenti|vécu] de la situation [ait pu être|soit] différent.',
        ],
        formal: [
          'Nous [comprenons|concevons] que les circonstances aient pu vous apparaître sous un autre jour.',
          "Il n'est pas exclu qu'un malentendu soit à l'origine de cette divergence[| de vues| d'appréciation].",
          'Nous ne mettons pas en doute la sincérité de votre [ressenti|témoignage].',
          'Chacun peut [légitimement|naturellement] percevoir une même situation différemment, et nous respectons votre [point de vue|appréciation].',
          'Nous admettons [volontiers|bien entendu] que votre perception de la situation [ait pu être|soit] différente.',
        ],
      },
      closingFirm: {
        warm: [
          'Nous en resterons là [publiquement|sur cette page], mais notre porte [reste|demeure] ouverte.',
          'De notre côté, nous considérons ce [point|sujet] comme [éclairci|clarifié|réglé].',
          "Nous ne poursuivrons pas [l'échange|la discussion] [sur cette page|ici|publiquement].",
          "C'est tout ce que nous [souhaitions|tenions à] [ajouter|dire] publiquement à ce sujet.",
          'Nous [préférons|choisissons de] ne pas [prolonger|poursuivre] cet échange en public.',
        ],
        formal: [
          'Nous considérons dès lors ce point comme [clos|réglé] sur cette page.',
          "Nous n'ajouterons rien de plus publiquement à ce [sujet|propos].",
          'Ces précisions apportées, nous [clôturons|terminons] ici cet échange public.',
          "C'est tout ce que nous [souhaitons|entendons] [préciser|ajouter] publiquement à ce sujet.",
          'Nous [préférons|avons choisi de] ne pas [prolonger|poursuivre] cet échange en public.',
        ],
      },
    },
    defuse_with_humor: {
      humor: {
        warm: [
          "Nous l'avouons : côté {concerns}, nous n'étions visiblement pas [au sommet de notre art|au meilleur de notre forme|dans un grand jour].",
          "Sur {concerns}, nous plaidons coupables, [sans chercher d'excuses|sans circonstances atténuantes].",
          "Pour {concerns}, disons que ce n'était pas notre [meilleure prestation|heure de gloire], et nous sommes les premiers à le [regretter|reconnaître].",
          'Concernant {concerns}, nous avons visiblement encore [quelques|un peu de|de petits] progrès à faire avant de frôler la perfection.',
          "Côté {concerns}, ce n'était [visiblement|clairement] pas [notre jour|notre meilleur jour], et nous le reconnaissons [volontiers|bien volontiers].",
        ],
        formal: [
          "Concernant {concerns}, force est de reconnaître que nous n'étions pas au sommet de notre art.",
          "Sur {concerns}, nous devons admettre, avec un brin d'autodérision, avoir manqué notre effet.",
          'Pour {concerns}, la perfection nous a visiblement échappé cette fois-ci.',
        ],
      },
      humorGeneric: {
        warm: [
          "Nous l'avouons : cette fois, nous n'étions visiblement pas [au sommet de notre art|au meilleur de notre forme|dans un grand jour].",
          "Nous plaidons coupables, [sans chercher d'excuses|sans circonstances atténuantes].",
          "Disons que ce n'était pas notre [meilleure prestation|heure de gloire], et nous sommes les premiers à le [regretter|reconnaître].",
          "Ce n'était [visiblement|clairement] pas [notre jour|notre meilleur jour], et nous le reconnaissons [volontiers|bien volontiers].",
        ],
        formal: [
          "Force est de reconnaître que nous n'étions pas, cette fois, au sommet de notre art.",
          "Nous devons admettre, avec un brin d'autodérision, avoir manqué notre effet.",
          'La perfection nous a visiblement échappé cette fois-ci.',
        ],
      },
      action: {
        warm: [
          "[Plus sérieusement|Blague à part|Trêve de plaisanterie], vos remarques ont été transmises à [l'équipe concernée|l'équipe|toute l'équipe].",
          "Toute plaisanterie mise à part, nous avons bien partagé votre [retour|commentaire] avec [l'équipe|toute l'équipe].",
          'Plus sérieusement encore, votre message a été relayé en interne pour que nous [fassions mieux|progressions].',
          '[Sourire à part|Au-delà du sourire], nous prenons vos remarques au sérieux et [en avons parlé|en parlons] en équipe.',
        ],
        formal: [
          'Plus sérieusement, vos remarques ont été transmises aux services concernés.',
          "Toute plaisanterie mise à part, votre retour a été communiqué à l'équipe afin d'en tirer les enseignements.",
          'Au-delà du sourire, vos observations seront examinées avec attention.',
        ],
      },
    },
    blackmail_protocol: {
      policy: {
        warm: [
          "[Comme pour tous nos clients|Comme avec chacun], nous tenons à préciser que nous n'accordons aucun avantage en échange d'un avis, quel qu'il soit.",
          "[Par principe,|C'est une question de principe :] nous n'offrons ni geste ni avantage en contrepartie d'un avis, positif ou négatif.",
          "Notre règle est la même pour [tous|chacun] : aucun avantage n'est accordé en lien avec la publication, la modification ou le retrait d'un avis.",
          'Nous rappelons simplement que les avis ne font jamais l’objet de contreparties chez nous.',
          "Chez nous, un avis reste un avis : il n'ouvre droit à aucun avantage, et son retrait non plus.",
          "Nous tenons à ce que les avis publiés ici restent [libres|libres et sincères|authentiques] : aucune contrepartie n'y est jamais attachée.",
          "Quel que soit le contenu d'un avis, il ne donne [lieu|jamais lieu] à aucun geste particulier de notre part.",
          "Nous le disons simplement : un avis ne s'échange contre rien chez nous, ni dans un sens ni dans l'autre.",
          "[Nos clients le savent|Comme nos clients le savent] : les avis sont libres, et aucun avantage n'en dépend.",
        ],
        formal: [
          "Conformément à nos principes et aux règles des plateformes d'avis, aucun avantage n'est accordé en échange d'un avis.",
          "Nous rappelons que notre établissement n'accorde aucune contrepartie en lien avec la publication, la modification ou le retrait d'un avis.",
          'Par principe, les avis de nos clients ne donnent lieu à aucun avantage ni contrepartie.',
          "Nous ne consentons aucun avantage en échange d'un avis, quelle qu'en soit la teneur.",
          "Afin de préserver la sincérité des avis, aucune contrepartie n'est associée à leur publication ou à leur retrait.",
          "Notre établissement s'en tient à une règle constante : aucun avis ne donne lieu à un avantage, quelle qu'en soit la teneur.",
          "La publication d'un avis, comme sa modification, ne fait l'objet d'aucune forme de contrepartie.",
          "Il est de règle chez nous qu'aucun avis, favorable ou non, ne donne lieu à contrepartie.",
        ],
      },
      private: {
        warm: [
          'Toute question relative à {visit} peut nous être [adressée|posée|envoyée] directement à {contact}.',
          'Si un point de {visit} reste à [éclaircir|préciser], écrivez-nous à {contact}.',
          'Pour toute question sur {visit}, nous restons [joignables|disponibles] à {contact}.',
          "Notre équipe reste à votre écoute à {contact} pour tout ce qui concerne {visit}.",
          'Pour parler de {visit}, le plus [simple|facile] est de nous écrire à {contact}.',
          "Si vous souhaitez revenir sur {visit}, nous sommes joignables à {contact}.",
          "Pour tout sujet lié à {visit}, un message à {contact} suffit.",
          "La meilleure façon d'échanger sur {visit} reste de nous écrire à {contact}.",
        ],
        formal: [
          'Toute question relative à {visit} peut être adressée à notre direction à {contact}.',
          'Nous restons joignables à {contact} pour toute question concernant {visit}.',
          'Pour tout échange sur {visit}, nous vous invitons à nous écrire à {contact}.',
          "Notre direction demeure joignable à {contact} pour toute question liée à {visit}.",
          "Toute demande relative à {visit} sera examinée si elle nous est adressée à {contact}.",
          "Nous vous invitons à utiliser l'adresse {contact} pour toute question sur {visit}.",
          "Les questions portant sur {visit} peuvent être adressées à {contact}.",
        ],
      },
      privateGeneric: {
        warm: [
          'Toute question relative à {visit} peut nous être [adressée|posée|envoyée] directement.',
          'Si un point de {visit} reste à [éclaircir|préciser], vous pouvez nous [contacter|écrire|joindre] directement.',
          'Pour toute question sur {visit}, nous restons [joignables|disponibles] [par les voies habituelles|directement].',
          'Notre équipe reste à votre [écoute|disposition] pour tout ce qui concerne {visit}.',
          'Pour parler de {visit}, le plus [simple|facile] est de nous [contacter|écrire] directement.',
          'Si vous souhaitez revenir sur {visit}, notre porte [reste|est toujours] ouverte.',
          'Pour tout sujet lié à {visit}, un [simple message direct|message direct] suffit.',
          "La meilleure façon d'échanger sur {visit} reste de nous [écrire|contacter] directement.",
        ],
        formal: [
          'Toute question relative à {visit} peut être adressée directement à notre direction.',
          'Nous restons joignables par les canaux habituels pour toute question concernant {visit}.',
          'Pour tout échange sur {visit}, nous vous invitons à contacter directement notre établissement.',
          "Notre direction demeure joignable directement pour toute question liée à {visit}.",
          "Toute demande relative à {visit} sera examinée si elle nous est adressée directement.",
          "Nous vous invitons à contacter directement la réception pour toute question sur {visit}.",
          "Les questions portant sur {visit} peuvent être adressées directement à la réception.",
        ],
      },
    },
    report_and_ignore: {
      minimal: {
        warm: [
          'Merci pour votre [message|commentaire].',
          'Nous avons pris connaissance de [ce message|ces lignes|votre publication|ce commentaire].',
          '[Votre message|Votre commentaire|Ce message] nous est bien parvenu.',
          "Merci d'avoir pris le temps [d'écrire|de nous écrire|de publier ce message].",
          '[Ce message|Votre message|Ce commentaire] a bien été [reçu|lu].',
          'Nous avons [lu|bien lu] [ces lignes|votre message|ce commentaire].',
          'Nous accusons réception de [ce message|votre publication|votre commentaire].',
          'Merci pour [ces quelques mots|ces lignes|votre publication].',
        ],
        formal: [
          'Nous avons pris connaissance de [ce message|ces lignes|votre publication|ce commentaire].',
          'Nous prenons note de [cette publication|ce message|ce commentaire].',
          '[Ce message|Votre message] a bien été lu.',
          'Nous accusons réception de [ce message|cette publication|ce commentaire].',
          '[Ce commentaire|Votre commentaire] a été [lu|reçu].',
          'Nous avons bien pris connaissance de [ces lignes|ce message|votre commentaire].',
          '[Votre publication|Ce message|Ce commentaire] a retenu notre attention.',
          'Nous avons pris acte de [ce commentaire|ce message|votre publication].',
        ],
      },
      minimalChannel: {
        warm: [
          "Pour tout échange concernant [une visite|un séjour ou un repas] chez nous, [notre équipe|l'équipe|notre personnel] reste joignable directement.",
          'Nous restons à la [disposition|pleine disposition] de [nos clients|chacun|tous nos clients] par les voies habituelles.',
          'Toute question sur [une visite|un séjour ou un repas] peut nous être [adressée|posée|envoyée] directement.',
          'Notre équipe répond [volontiers|toujours volontiers|avec plaisir] en direct à toute question sur [une visite|un séjour ou un repas].',
          'Toute question concernant un passage chez nous peut nous être [posée|adressée] [directement|sans intermédiaire].',
          'Pour tout échange sur [une visite|un séjour ou un repas], notre porte [reste|est toujours] ouverte.',
          'Si [une visite|un passage] chez nous est en cause, parlons-en [directement|de vive voix|en direct].',
          "[Nos clients|Ceux qui sont venus chez nous] peuvent toujours nous joindre directement[, comme d'habitude|, comme toujours|].",
        ],
        formal: [
          'Notre direction reste joignable directement pour toute question relative à [une visite|un séjour ou un repas].',
          'Nous restons à la disposition de [nos clients|chacun] par les canaux habituels.',
          'Pour toute question concernant un séjour ou un repas, nous vous invitons à [nous contacter|contacter notre direction|prendre contact] directement.',
          'Toute [question|demande] relative à [une visite|un séjour ou un repas] peut être adressée directement à notre direction.',
          'Nous restons [joignables|disponibles] directement pour toute demande concernant un passage dans notre établissement.',
          "Notre [équipe|direction] reste à l'écoute de ses clients par les voies habituelles.",
          'Toute demande liée à [une visite|un séjour ou un repas] sera traitée si elle nous est adressée directement.',
          '[La réception|Notre équipe] demeure à la disposition de chacun pour toute question sur une visite.',
        ],
      },
    },
  },
  advice: {
    thank: 'Avis positif : remerciez brièvement et personnellement, en reprenant ce que le client a aimé.',
    acknowledge_and_fix:
      'Critique de bonne foi : excusez-vous pour la déception, dites ce qui est fait sans rien promettre que vous ne ferez pas, proposez d’en parler en privé.',
    investigate_then_reply:
      'Accusation sérieuse : vérifiez les faits avant tout, répondez vite sans nier ni admettre, et poursuivez en privé.',
    firm_and_factual:
      'Vous avez des faits contraires : exposez-les calmement, laissez au client une porte de sortie honorable, puis clôturez l’échange.',
    defuse_with_humor: 'Critique légère et sans enjeu : un peu d’autodérision peut désamorcer, jamais aux dépens du client.',
    blackmail_protocol:
      'Tentative de chantage : ne cédez rien, conservez les preuves et signalez-la à la plateforme ; la réponse publique reste neutre, sans accuser ni concéder.',
    report_and_ignore:
      'Contenu abusif ou hors sujet : signalez-le à la plateforme plutôt que d’y répondre, car une réponse publique lui donnerait de la visibilité. Si vous tenez à répondre, utilisez la réponse minimale et neutre.',
  },
};
