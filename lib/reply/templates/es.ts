/**
 * Spanish reply templates (usted). Aspect phrases carry their article; wordings place them after
 * "sobre", "con", "por" or as a direct object, never after "de"/"a" (which would contract: del, al).
 * Wordings avoid agreeing a verb or adjective with {concerns}/{praised}.
 */
import type { LanguageTemplates } from './types';

export const es: LanguageTemplates = {
  lang: 'es',
  and: ' y ',
  visit: { hotel: 'su estancia', restaurant: 'su comida', unknown: 'su visita' },
  team: { withEstablishment: 'El equipo de {establishment}', alone: 'El equipo' },
  aspects: {
    cleanliness: { positive: ['la limpieza', 'el cuidado que ponemos en la limpieza'], negative: ['la limpieza', 'el mantenimiento'] },
    noise: { positive: ['la tranquilidad', 'el ambiente tranquilo'], negative: ['el ruido', 'las molestias por ruido'] },
    staff: { positive: ['nuestro equipo', 'la atención de nuestro equipo'], negative: ['la actitud de nuestro equipo', 'el trato que recibió'] },
    breakfast: { positive: ['nuestro desayuno', 'el desayuno'], negative: ['el desayuno', 'nuestro desayuno'] },
    food: { positive: ['nuestra cocina', 'los platos de nuestro chef'], negative: ['la comida', 'los platos que se le sirvieron'] },
    room: { positive: ['su habitación', 'la comodidad de la habitación'], negative: ['su habitación', 'el estado de la habitación'] },
    bed: { positive: ['la cama', 'la comodidad de la cama'], negative: ['la cama', 'la comodidad de la cama'] },
    bathroom: { positive: ['el baño'], negative: ['el baño', 'el estado del baño'] },
    climate: { positive: ['el aire acondicionado', 'la temperatura interior'], negative: ['la temperatura', 'la calefacción y el aire acondicionado'] },
    wifi: { positive: ['el wifi'], negative: ['el wifi', 'la conexión a internet'] },
    location: { positive: ['nuestra ubicación', 'la situación del establecimiento'], negative: ['la ubicación', 'nuestra ubicación'] },
    price: { positive: ['la relación calidad-precio', 'nuestros precios'], negative: ['la relación calidad-precio', 'nuestros precios'] },
    check_in: { positive: ['la acogida a su llegada', 'el registro de entrada'], negative: ['su llegada', 'el registro de entrada'] },
    parking: { positive: ['el aparcamiento'], negative: ['el aparcamiento', 'el estacionamiento'] },
    pool: { positive: ['la piscina'], negative: ['la piscina', 'la zona de piscina'] },
    view: { positive: ['las vistas'], negative: ['las vistas'] },
    service: { positive: ['nuestro servicio', 'el servicio'], negative: ['el servicio', 'la calidad del servicio'] },
    wait: { positive: ['la rapidez del servicio'], negative: ['la espera', 'los tiempos de espera'] },
    drinks: { positive: ['nuestras bebidas', 'la carta de bebidas'], negative: ['las bebidas'] },
    spa: { positive: ['nuestro spa', 'la zona de bienestar'], negative: ['el spa', 'la zona de bienestar'] },
  },
  allegations: {
    fraud_accusation: 'la facturación',
    theft_accusation: 'sus pertenencias',
    health_hazard: 'la higiene',
    discrimination: 'la igualdad de trato',
  },
  shared: {
    greeting: {
      warm: ['Hola, {name}:', 'Hola {name}:', 'Buenos días, {name}:'],
      formal: ['Buenos días, {name}:', 'Saludos, {name}:'],
    },
    greetingNeutral: {
      warm: ['Hola:', 'Buenos días:'],
      formal: ['Buenos días:', 'Saludos:'],
    },
    signOff: {
      warm: ['Un cordial saludo,', 'Afectuosamente,', 'Saludos cordiales,', 'Un saludo muy cordial,'],
      formal: ['Atentamente,', 'Reciba un cordial saludo,', 'Le saluda atentamente,', 'Cordialmente,'],
    },
    thanksFeedback: {
      warm: [
        'Gracias por tomarse el tiempo de [escribirnos|darnos su opinión|contarnos su experiencia] después de {visit}.',
        'Gracias por una opinión tan [detallada|completa|precisa], que hemos leído con [atención|mucha atención|detenimiento].',
        'Le agradecemos [que haya compartido|que comparta] su [experiencia|impresión|punto de vista] con nosotros.',
        'Gracias por contarnos cómo se sintió; este tipo de comentarios es muy [valioso|útil|importante] para [todos nosotros|todo el equipo].',
        'Gracias por dedicar un momento a hablar de {visit} en {establishment}.',
        'Gracias por poner por escrito su [experiencia|impresión] [para nosotros|y compartirla|con tanto detalle].',
        'Hemos [recibido|leído] su [mensaje|comentario] y le agradecemos [que lo haya escrito|el tiempo dedicado].',
        'Gracias por [estas líneas|su mensaje|estas palabras]: cada opinión [cuenta para nosotros|nos ayuda a mejorar|es importante para nosotros].',
        '[Apreciamos|Valoramos mucho] el tiempo que ha dedicado a [escribir esta opinión|contarnos cómo fue {visit}].',
      ],
      formal: [
        'Le agradecemos que se haya tomado el tiempo de compartir su experiencia.',
        'Le damos las gracias por su comentario, que hemos leído con la máxima atención.',
        'Agradecemos que nos haya hecho llegar su opinión tras {visit}.',
        'Hemos recibido sus comentarios y le agradecemos que nos los haya enviado.',
        'Gracias por dedicar unos minutos a valorar {establishment}.',
        "Acusamos recibo de su comentario y se lo agradecemos.",
        "Le agradecemos el tiempo dedicado a esta opinión.",
      ],
    },
    praise: {
      warm: [
        'Nos alegra [muchísimo|mucho|de verdad] que haya disfrutado con {praised}.',
        'A todo el equipo le [encantará|alegrará mucho] leer sus [palabras|elogios|amables palabras] sobre {praised}.',
        'Sus [elogios|amables palabras] sobre {praised} nos han [alegrado el día|hecho muy felices|llenado de alegría].',
        'Nos hace [mucha ilusión|muy felices] que valore tan [positivamente|bien] {praised}.',
        'Nos [emociona|alegra] de verdad leer lo que dice sobre {praised}.',
        'Trasladamos con [alegría|mucho gusto] sus palabras sobre {praised} [a las personas responsables|a todo el equipo].',
      ],
      formal: [
        'Nos complace que haya apreciado {praised}.',
        'Trasladaremos al equipo sus amables comentarios sobre {praised}.',
        'Tomamos nota con satisfacción de su valoración sobre {praised}.',
        'Agradecemos sus elogios sobre {praised}.',
        "Su valoración sobre {praised} se compartirá con todo el personal.",
        "Nos honra su juicio favorable sobre {praised}.",
      ],
    },
    private: {
      warm: [
        'Si lo desea, escríbanos a {contact} y podremos hablarlo [con más detalle|con calma|tranquilamente].',
        'No dude en [contactarnos|escribirnos] directamente en {contact} para repasarlo [todo|punto por punto] juntos.',
        'Estaremos [encantados|muy contentos] de comentarlo con usted: puede escribirnos a {contact}.',
        'Lo más sencillo es seguir hablando directamente, en {contact}.',
      ],
      formal: [
        'Le invitamos a ponerse en contacto directamente con nosotros en {contact} para tratarlo con más detalle.',
        'Para cualquier aclaración, la dirección está a su disposición en {contact}.',
        'Quedamos a su disposición en {contact} para revisar estos puntos con usted.',
        'No dude en escribirnos a {contact}; le responderemos personalmente.',
      ],
    },
    privateGeneric: {
      warm: [
        'Si lo desea, [contacte directamente con nosotros|escríbanos directamente] y podremos hablarlo [con más detalle|con calma|tranquilamente].',
        'No dude en [escribirnos|contactarnos] directamente para repasarlo [todo|punto por punto] juntos.',
        'Estaremos [encantados|muy contentos] de comentarlo con usted [en privado|directamente|con calma].',
        'Lo más sencillo es seguir hablando directamente; nuestra puerta [siempre está abierta|sigue abierta].',
        'Todo el equipo queda a su [disposición|entera disposición] si desea [hablarlo|comentarlo] directamente.',
      ],
      formal: [
        'Le invitamos a ponerse en contacto directamente con la dirección para tratarlo con más detalle.',
        'Quedamos a su disposición, en privado, para revisar estos puntos con usted.',
        'Para cualquier aclaración, no dude en contactarnos directamente; le responderemos personalmente.',
        'Preferimos continuar esta conversación directamente y le invitamos a contactarnos.',
      ],
    },
    closingWelcome: {
      warm: [
        'Esperamos tener el placer de recibirle [de nuevo|otra vez|muy pronto].',
        'Será un [placer|verdadero placer|gusto] volver a verle [pronto|muy pronto|en su próxima visita].',
        'Nos encantaría darle de nuevo la bienvenida en {establishment}.',
        'Ojalá podamos verle otra vez [muy pronto|pronto|en otra ocasión].',
        'Hasta [pronto|muy pronto], esperamos[| de corazón].',
        'Estaremos [encantados|muy contentos] de volver a verle cuando usted [quiera|lo desee].',
        '¡Vuelva a visitarnos [cuando le apetezca|cuando quiera|en cuanto pueda]!',
        'Nuestra puerta está [siempre|de par en par] abierta, y [esperamos|nos encantaría] recibirle [de nuevo|otra vez] [pronto|algún día].',
      ],
      formal: [
        'Será un placer recibirle de nuevo.',
        'Esperamos tener la oportunidad de recibirle de nuevo en {establishment}.',
        'Confiamos en tener ocasión de atenderle nuevamente.',
        'Esperamos poder recibirle en una próxima visita.',
        "Será un placer atenderle en una próxima ocasión.",
        "Quedamos a su disposición para su próxima visita.",
      ],
    },
    closingNeutral: {
      warm: [
        'Gracias de nuevo por [escribirnos|su mensaje|su tiempo].',
        'Gracias una vez más por su mensaje.',
        'Le deseamos [lo mejor|todo lo mejor|un buen día].',
        'Que tenga un [buen día|día estupendo|buen fin de semana].',
        'Que disfrute del resto [del día|de la semana].',
        'Gracias otra vez por su [opinión|mensaje|tiempo].',
        'Cuídese [mucho|mucho y hasta pronto].',
        'Gracias por su [atención|comprensión].',
      ],
      formal: [
        'Le agradecemos su comprensión.',
        'Le reiteramos nuestro agradecimiento por su mensaje.',
        'Le deseamos [lo mejor|todo lo mejor|un buen día].',
        'Gracias de nuevo por su paciencia.',
        "Con nuestros mejores deseos.",
        "Le agradecemos la atención prestada a esta respuesta.",
        "Reciba el testimonio de nuestra consideración.",
      ],
    },
  },
  strategies: {
    thank: {
      // the praise slot when no aspect was found: glad they enjoyed the visit, without naming anything
      praiseGeneric: {
        warm: [
          'Nos alegra [muchísimo|mucho|de verdad] que haya disfrutado de {visit}.',
          'Saber que disfrutó de {visit} [significa mucho para|alegra a] todo el equipo.',
          'Nada nos hace más felices que ver a nuestros clientes irse [contentos|satisfechos|encantados].',
          'Su satisfacción es [nuestra mejor recompensa|lo que nos motiva cada día|lo que mueve a todo el equipo].',
        ],
        formal: [
          'Nos complace [mucho|enormemente] que {visit} haya [cumplido|estado a la altura de] sus expectativas.',
          'Su satisfacción es [nuestra mejor recompensa|la mejor recompensa para nuestro equipo].',
          'Nos [alegra|honra] que haya apreciado {visit}.',
          'Nada resulta más [gratificante|valioso] para nuestro equipo que la satisfacción de nuestros clientes.',
        ],
      },
      thanksPraise: {
        warm: [
          'Muchísimas gracias por esta opinión tan [bonita|generosa|cariñosa], que ha [hecho sonreír a|alegrado a|emocionado a] todo el equipo.',
          '[Gracias|Muchas gracias|Mil gracias] por tomarse el tiempo de compartir un comentario tan [positivo|entusiasta|amable] sobre {visit}.',
          '¡Qué alegría leer su [mensaje|opinión|comentario]! Gracias de parte de [todos|todo el equipo].',
          'Mil gracias por estas palabras tan [cálidas|amables|generosas] después de {visit}.',
          'Su opinión nos ha [alegrado el día|hecho mucha ilusión]; gracias por dedicarnos este tiempo.',
          'Gracias por este comentario tan [bonito|cariñoso|generoso], que ha llegado en el mejor momento para [el equipo|todos nosotros].',
          'Leer una opinión como la suya es la mejor recompensa[| posible| para el equipo]: ¡gracias!',
          'Gracias de corazón por compartir un recuerdo tan [bonito|entrañable|especial] de {visit}.',
        ],
        formal: [
          'Le agradecemos sinceramente su excelente valoración.',
          'Gracias por tomarse el tiempo de compartir una opinión tan positiva tras {visit}.',
          'Hemos leído su comentario con gran satisfacción y se lo agradecemos.',
          'Su valoración nos honra y se lo agradecemos de corazón.',
          "Le agradecemos vivamente este comentario tan positivo.",
          "Hemos leído su opinión con enorme satisfacción.",
          "Gracias por tomarse la molestia de escribirnos tras {visit}.",
        ],
      },
      reservation: {
        warm: [
          'También hemos tomado nota de su comentario sobre {concerns} y se lo hemos trasladado al equipo.',
          'Gracias igualmente por su observación sobre {concerns}: la hemos compartido con las personas responsables.',
          'Su pequeña objeción sobre {concerns} queda anotada y la hemos compartido con el equipo.',
          'Y gracias por su franqueza sobre {concerns}: lo hemos comentado en equipo.',
        ],
        formal: [
          'Hemos tomado nota asimismo de su comentario sobre {concerns}, que hemos trasladado al departamento correspondiente.',
          'Su observación sobre {concerns} se ha comunicado al equipo responsable.',
          'Asimismo, hemos anotado su comentario sobre {concerns}.',
          'Su observación sobre {concerns} también ha merecido nuestra atención.',
        ],
      },
    },
    acknowledge_and_fix: {
      acknowledge: {
        warm: [
          'Hemos leído lo que nos cuenta sobre {concerns} y [entendemos|comprendemos perfectamente] su decepción.',
          'Sus comentarios sobre {concerns} nos han llegado, y nos los tomamos muy en serio.',
          'Lo que describe sobre {concerns} no es lo que queremos ofrecer a nuestros clientes.',
          'Su opinión sobre {concerns} es [valiosa|útil] para nosotros, aunque no resulte agradable de leer.',
        ],
        formal: [
          'Hemos tomado nota de sus observaciones sobre {concerns} y comprendemos su insatisfacción.',
          'Sus observaciones sobre {concerns} cuentan con toda nuestra atención.',
          'Lo que nos indica sobre {concerns} no se corresponde con el nivel de servicio que deseamos ofrecer.',
          'Nos tomamos muy en serio sus comentarios sobre {concerns}.',
        ],
      },
      acknowledgeGeneric: {
        warm: [
          'Entendemos su decepción después de leer su mensaje.',
          'Sus comentarios nos han llegado, y nos los tomamos muy en serio.',
          'Lo que describe no es lo que queremos ofrecer a nuestros clientes.',
          'Su opinión no resulta agradable de leer, pero es valiosa para nosotros.',
        ],
        formal: [
          'Hemos tomado nota de sus observaciones y comprendemos su insatisfacción.',
          'Sus observaciones cuentan con toda nuestra atención.',
          'Lo que nos indica no se corresponde con el nivel de servicio que deseamos ofrecer.',
          'Nos tomamos muy en serio cada uno de los puntos que plantea.',
        ],
      },
      apology: {
        warm: [
          'Sentimos [de verdad|sinceramente] que {visit} no estuviera a la altura de sus expectativas.',
          'Le pedimos disculpas por esta decepción.',
          'Lamentamos las molestias ocasionadas.',
          'Lamentamos [mucho|sinceramente] que se haya llevado esta impresión.',
        ],
        formal: [
          'Le rogamos que acepte nuestras disculpas por esta decepción.',
          'Lamentamos sinceramente que {visit} no respondiera a sus expectativas.',
          'Le pedimos disculpas por las molestias sufridas.',
          'Sentimos que su experiencia no estuviera a la altura de nuestros estándares.',
        ],
      },
      action: {
        warm: [
          'Hemos trasladado sus comentarios al equipo responsable para que los revise [con detalle|a fondo|con atención].',
          'Hemos compartido su opinión con el equipo para aprender de ella.',
          'Lo hemos [hablado|comentado] con las personas implicadas para ver qué se puede mejorar.',
          'Su mensaje se ha compartido internamente y nos ayudará a hacerlo mejor.',
        ],
        formal: [
          'Sus observaciones se han remitido a los departamentos correspondientes para su análisis.',
          'Hemos compartido su opinión con el equipo responsable para extraer las conclusiones oportunas.',
          'Estos puntos se revisarán con atención junto con los equipos implicados.',
          'Su mensaje se ha comunicado internamente para identificar las mejoras posibles.',
        ],
      },
    },
    investigate_then_reply: {
      acknowledge: {
        warm: [
          'Lo que nos cuenta sobre {concerns} es serio, y así lo estamos tratando.',
          'Nos tomamos [muy en serio|con toda seriedad] lo que describe sobre {concerns}.',
          'Lo que escribe sobre {concerns} merece toda nuestra atención.',
          'Hemos leído con la máxima atención su testimonio sobre {concerns}.',
        ],
        formal: [
          'Los hechos que expone sobre {concerns} son serios y los estamos tratando como tales.',
          'Concedemos la máxima importancia a lo que nos señala sobre {concerns}.',
          'Su testimonio sobre {concerns} cuenta con toda nuestra atención.',
          'Nos tomamos muy en serio las cuestiones que plantea sobre {concerns}.',
        ],
      },
      acknowledgeGeneric: {
        warm: [
          'Lo que nos cuenta es serio, y así lo estamos tratando.',
          'Nos tomamos muy en serio lo que describe.',
          'Hemos leído su testimonio con la máxima atención.',
          'Su mensaje nos ha hecho reflexionar, y no nos lo tomamos a la ligera.',
        ],
        formal: [
          'Los hechos que expone son serios y los estamos tratando como tales.',
          'Concedemos la máxima importancia a lo que nos señala.',
          'Su testimonio cuenta con toda nuestra atención.',
          'No nos tomamos a la ligera las cuestiones que plantea.',
        ],
      },
      apology: {
        warm: [
          'Sentimos que se haya quedado con esa sensación tras {visit}.',
          'Lamentamos [sinceramente|de verdad] que lo haya vivido así.',
          'Irse con una impresión así es muy desagradable, y lo sentimos.',
          'Nos apena de verdad que este sea su recuerdo de {visit}.',
        ],
        formal: [
          'Lamentamos sinceramente que conserve esta impresión de {visit}.',
          'Sentimos que su experiencia le haya dejado esa sensación.',
          'Comprendemos que esta situación haya podido afectarle, y lo lamentamos.',
          'Lamentamos sinceramente el malestar que expresa.',
        ],
      },
      action: {
        warm: [
          'Estamos comprobando cada punto con las personas implicadas para entender exactamente qué ocurrió.',
          'Estamos revisando la situación punto por punto.',
          'Estamos examinando el asunto con detalle antes de darle una respuesta [completa|precisa].',
          'Estamos hablando con las personas implicadas, porque queremos entender qué pasó.',
        ],
        formal: [
          'Se ha iniciado una revisión interna para esclarecer los hechos con precisión.',
          'Estamos examinando cada elemento con los equipos implicados.',
          'Estamos realizando las comprobaciones necesarias antes de darle una respuesta detallada.',
          'Estas cuestiones están siendo examinadas con atención por nuestra parte.',
        ],
      },
      private: {
        warm: [
          'Para ayudarnos a aclararlo, ¿podría escribirnos a {contact} con los detalles de {visit}?',
          'Para avanzar juntos, le invitamos a contactarnos en {contact}.',
          'Escríbanos a {contact}: cualquier detalle nos ayudará a entender qué ocurrió.',
          'Nos gustaría hablarlo directamente con usted: {contact} está a su disposición.',
        ],
        formal: [
          'Para poder revisarlo con todo el rigor necesario, le invitamos a contactarnos en {contact}.',
          'Le agradeceríamos que nos hiciera llegar cualquier dato útil a {contact}.',
          'Le invitamos a ponerse en contacto con la dirección en {contact} para tratar estos hechos.',
          'Cualquier precisión que pueda enviarnos a {contact} nos será de gran ayuda.',
        ],
      },
      privateGeneric: {
        warm: [
          'Para ayudarnos a aclararlo, no dude en contactarnos directamente con los detalles de {visit}.',
          'Para avanzar juntos, le invitamos a escribirnos en privado.',
          'Contacte directamente con nosotros: cualquier detalle nos ayudará a entender qué ocurrió.',
          'Nos gustaría hablarlo directamente con usted, fuera de esta página.',
        ],
        formal: [
          'Para poder revisarlo con todo el rigor necesario, le invitamos a contactar directamente con la dirección.',
          'Le agradeceríamos que nos hiciera llegar directamente cualquier dato útil.',
          'Le invitamos a ponerse en contacto con la dirección para tratar estos hechos.',
          'Cualquier precisión que pueda enviarnos directamente nos será de gran ayuda.',
        ],
      },
    },
    firm_and_factual: {
      facts: {
        warm: [
          'Para que todos tengan la información completa, esto es lo que constatamos por nuestra parte: {facts}',
          'Solo queremos aportar algunos datos objetivos: {facts}',
          'Por transparencia con nuestros futuros clientes, estos son los hechos tal como los conocemos: {facts}',
        ],
        formal: [
          'En aras de la exactitud, deseamos aclarar lo siguiente: {facts}',
          'Para que los lectores dispongan de una información completa, estos son los hechos constatados por nuestra parte: {facts}',
          'Nos permitimos recordar los siguientes hechos: {facts}',
        ],
      },
      wayOut: {
        warm: [
          '[Entendemos|Comprendemos] que, en aquel momento, la situación pudiera parecerle [distinta|diferente].',
          'Un malentendido siempre es posible, y no dudamos de que su [impresión fuera sincera|malestar fuera sincero].',
          'Comprendemos que desde su punto de vista las cosas se vivieran de [otra manera|otro modo|forma distinta].',
          '[Cada persona|Cada uno] puede ver una misma situación [de forma distinta|desde otro ángulo], y respetamos su [punto de vista|opinión].',
          'Aceptamos [sin problema|de buen grado] que su [vivencia|percepción] de la situación [fuera|haya sido] distinta.',
        ],
        formal: [
          'Comprendemos que las circunstancias pudieran percibirse de otro modo desde su posición.',
          'No descartamos que un malentendido esté en el origen de esta diferencia de opiniones.',
          'No ponemos en duda la sinceridad de su impresión.',
        ],
      },
      closingFirm: {
        warm: [
          'Dejamos aquí la [conversación pública|conversación en público], pero nuestra puerta [sigue|está siempre] abierta.',
          'Por nuestra parte, consideramos [aclarada|zanjada|resuelta] la cuestión.',
          'No continuaremos [el intercambio|la conversación] [en esta página|aquí|en público].',
          'Es todo lo que [queríamos|deseábamos] [añadir|decir] públicamente sobre este tema.',
          '[Preferimos|Hemos decidido] no [prolongar|continuar] este intercambio en público.',
        ],
        formal: [
          'Por tanto, damos por cerrada esta cuestión en esta página.',
          'No añadiremos nada más públicamente sobre este asunto.',
          'Hechas estas aclaraciones, damos por concluido aquí este intercambio público.',
        ],
      },
    },
    defuse_with_humor: {
      humor: {
        warm: [
          'Lo reconocemos: con {concerns} no estuvimos precisamente [en nuestro mejor momento|inspirados|a la altura].',
          'Sobre {concerns}, nos declaramos culpables, [sin excusas|sin atenuantes].',
          'Con {concerns}, digamos que no fue nuestra [mejor actuación|hora más gloriosa], y somos los primeros en [lamentarlo|reconocerlo].',
          'Con {concerns}, está claro que aún nos queda [un poco de|algo de|un buen trecho de] camino para rozar la perfección.',
          'Con {concerns}, [está claro|se nota] que no era nuestro día, y lo reconocemos [sin rodeos|con humildad].',
        ],
        formal: [
          'Sobre {concerns}, debemos reconocer que no estuvimos a nuestro mejor nivel.',
          'Con {concerns}, admitimos, con cierta autocrítica y una sonrisa, que no dimos en el blanco.',
          'Con {concerns}, la perfección se nos escapó esta vez.',
        ],
      },
      humorGeneric: {
        warm: [
          'Lo reconocemos: esta vez no estuvimos precisamente [en nuestro mejor momento|inspirados|a la altura].',
          'Nos declaramos culpables, [sin excusas|sin atenuantes].',
          'Digamos que no fue nuestra [mejor actuación|hora más gloriosa], y somos los primeros en [lamentarlo|reconocerlo].',
          '[Está claro|Se nota] que no era nuestro día, y lo reconocemos [sin rodeos|con humildad].',
        ],
        formal: [
          'Debemos reconocer que, esta vez, no estuvimos a nuestro mejor nivel.',
          'Admitimos, con cierta autocrítica y una sonrisa, que no dimos en el blanco.',
          'La perfección se nos escapó esta vez.',
        ],
      },
      action: {
        warm: [
          '[Hablando en serio|Ya en serio|Fuera bromas], hemos trasladado sus comentarios [al equipo responsable|a todo el equipo].',
          'Bromas aparte, hemos compartido su [opinión|comentario] con [el equipo|todo el equipo].',
          'Ya en serio, su mensaje se ha compartido internamente para que lo hagamos [mejor|mejor la próxima vez].',
          '[Humor aparte|Más allá de la sonrisa], nos tomamos en serio sus comentarios y [los hemos hablado|los estamos hablando] en equipo.',
        ],
        formal: [
          'Hablando en serio, sus observaciones se han remitido a los departamentos correspondientes.',
          'Bromas aparte, hemos compartido su opinión con el equipo para aprender de ella.',
          'Más allá de la sonrisa, sus observaciones se revisarán con atención.',
        ],
      },
    },
    blackmail_protocol: {
      policy: {
        warm: [
          '[Como con todos nuestros clientes|Como hacemos con todos], queremos dejar claro que no concedemos ninguna ventaja a cambio de una opinión, sea cual sea.',
          '[Por principio|Por una cuestión de principios], no ofrecemos ningún gesto ni ventaja a cambio de una opinión, positiva o negativa.',
          'Nuestra norma es la misma para [todos|cada cliente]: no se concede ninguna ventaja relacionada con publicar, modificar o retirar una opinión.',
          'Solo recordamos que las opiniones nunca son objeto de contrapartidas en nuestra casa.',
          "En nuestra casa, una opinión es solo una opinión: no da derecho a ninguna ventaja, y retirarla tampoco.",
          'Queremos que las opiniones publicadas aquí sigan siendo [libres|libres y sinceras|auténticas], por eso nunca llevan nada asociado.',
          'Diga lo que diga una opinión, [no da lugar|nunca da lugar] a ningún gesto especial por nuestra parte.',
          "Lo decimos con sencillez: en nuestra casa una opinión no se cambia por nada, ni en un sentido ni en otro.",
          '[Nuestros clientes lo saben|Como saben nuestros clientes]: las opiniones son libres y ninguna ventaja depende de ellas.',
        ],
        formal: [
          'De acuerdo con nuestros principios y con las normas de las plataformas de opiniones, no se concede ninguna ventaja a cambio de una opinión.',
          'Le recordamos que nuestro establecimiento no concede contrapartidas por publicar, modificar o retirar una opinión.',
          'Por principio, las opiniones de nuestros clientes no dan lugar a ninguna ventaja ni contrapartida.',
          'No concedemos ninguna ventaja a cambio de una opinión, sea cual sea su contenido.',
          "Para preservar la sinceridad de las opiniones, no se asocia contrapartida alguna a su publicación o retirada.",
          "Nuestro establecimiento sigue una norma constante: ninguna opinión da lugar a una ventaja, sea cual sea su contenido.",
          "Publicar una opinión, al igual que modificarla, nunca es objeto de contraprestación alguna.",
          "Es norma de la casa que ninguna opinión, favorable o no, dé lugar a contrapartida.",
        ],
      },
      private: {
        warm: [
          'Cualquier [consulta|pregunta] sobre {visit} puede enviárnosla directamente a {contact}.',
          'Si algún aspecto de {visit} [necesita aclararse|queda por aclarar], escríbanos a {contact}.',
          'Para cualquier pregunta sobre {visit}, puede encontrarnos en {contact}.',
          "Nuestro equipo le atenderá con gusto en {contact} para todo lo relacionado con {visit}.",
          'Para hablar sobre {visit}, lo más [sencillo|fácil|práctico] es escribirnos a {contact}.',
          "Si desea volver sobre {visit}, puede encontrarnos en {contact}.",
          "Para cualquier tema relacionado con {visit}, basta con un mensaje a {contact}.",
          "La mejor manera de hablar sobre {visit} sigue siendo escribirnos a {contact}.",
        ],
        formal: [
          'Cualquier consulta relativa a {visit} puede dirigirse a la dirección en {contact}.',
          'Estamos a su disposición en {contact} para cualquier cuestión sobre {visit}.',
          'Para tratar cualquier aspecto de {visit}, le invitamos a escribirnos a {contact}.',
          "La dirección sigue disponible en {contact} para cualquier cuestión relacionada con {visit}.",
          "Cualquier solicitud sobre {visit} se estudiará si nos la hace llegar a {contact}.",
          "Le invitamos a utilizar {contact} para cualquier pregunta sobre {visit}.",
          "Las cuestiones relativas a {visit} pueden dirigirse a {contact}.",
        ],
      },
      privateGeneric: {
        warm: [
          'Cualquier [consulta|pregunta] sobre {visit} puede [enviárnosla|hacérnosla|plantearnos] directamente.',
          'Si algún aspecto de {visit} [necesita aclararse|queda por aclarar], puede [contactarnos|escribirnos|llamarnos] directamente.',
          'Para cualquier pregunta sobre {visit}, estamos disponibles [por los cauces habituales|directamente].',
          'Nuestro equipo le atenderá con [gusto|mucho gusto] para todo lo relacionado con {visit}.',
          'Para hablar sobre {visit}, lo más [sencillo|fácil|práctico] es [contactarnos|escribirnos] directamente.',
          'Si desea volver sobre {visit}, nuestra puerta [sigue|está siempre] abierta.',
          'Para cualquier tema relacionado con {visit}, basta con [un mensaje directo|escribirnos directamente].',
          'La mejor manera de hablar sobre {visit} sigue siendo [escribirnos|contactarnos] directamente.',
        ],
        formal: [
          'Cualquier consulta relativa a {visit} puede dirigirse directamente a la dirección.',
          'Estamos a su disposición por los cauces habituales para cualquier cuestión sobre {visit}.',
          'Para tratar cualquier aspecto de {visit}, le invitamos a contactar directamente con nosotros.',
          "La dirección sigue disponible directamente para cualquier cuestión relacionada con {visit}.",
          "Cualquier solicitud sobre {visit} se estudiará si nos la hace llegar directamente.",
          "Le invitamos a contactar directamente con recepción para cualquier pregunta sobre {visit}.",
          "Las cuestiones relativas a {visit} pueden dirigirse directamente a recepción.",
        ],
      },
    },
    report_and_ignore: {
      minimal: {
        warm: [
          'Gracias por su [mensaje|comentario].',
          'Hemos leído [este mensaje|estas líneas|su publicación|este comentario].',
          '[Su mensaje|Su comentario|Este mensaje] nos ha llegado.',
          'Gracias por tomarse el tiempo de [escribir|escribirnos|publicar este mensaje].',
          'Hemos [recibido|tomado nota de] [este mensaje|su publicación|este comentario].',
          'Acusamos recibo de [este mensaje|su publicación|su comentario].',
          '[Su comentario|Su mensaje] ha llegado a nuestro conocimiento.',
          'Gracias por [estas palabras|estas líneas|su publicación].',
        ],
        formal: [
          "Hemos tomado conocimiento de este mensaje.",
          "Tomamos nota de esta publicación.",
          "Este mensaje ha sido leído.",
          "Acusamos recibo de este mensaje.",
          "Este comentario ha sido leído.",
          "Hemos tomado nota de estas líneas.",
          "Su publicación ha llamado nuestra atención.",
          "Dejamos constancia de este comentario.",
        ],
      },
      minimalChannel: {
        warm: [
          'Para cualquier cuestión sobre [una visita|una estancia o una comida], [nuestro equipo|el equipo|nuestro personal] está disponible directamente.',
          'Seguimos a [disposición|entera disposición] de [nuestros clientes|todos|todos nuestros clientes] por los cauces habituales.',
          'Cualquier [consulta|pregunta] sobre [una visita|una estancia o una comida] puede [enviárnosla|hacérnosla] directamente.',
          'Nuestro equipo responde con [gusto|mucho gusto] y directamente a cualquier pregunta sobre [una visita|una estancia o una comida].',
          'Cualquier [consulta|pregunta] sobre su paso por nuestra casa puede hacérnosla [directamente|sin intermediarios].',
          'Para hablar sobre [una visita|una estancia o una comida], nuestra puerta [sigue|está siempre] abierta.',
          'Si se trata de [una visita a|su paso por] nuestra casa, hablémoslo [directamente|en persona|sin intermediarios].',
          '[Nuestros clientes|Quienes nos han visitado] siempre pueden contactarnos directamente[, como de costumbre|, como siempre|].',
        ],
        formal: [
          "La dirección está disponible directamente para cualquier consulta sobre una visita.",
          'Seguimos a [disposición|entera disposición] de [nuestros clientes|todos|todos nuestros clientes] por los cauces habituales.',
          "Para cualquier consulta sobre una estancia o una comida, le invitamos a contactarnos directamente.",
          "Cualquier consulta relativa a una visita puede dirigirse directamente a la dirección.",
          "Seguimos disponibles directamente para cualquier solicitud sobre una visita a nuestro establecimiento.",
          "Nuestro equipo sigue atendiendo a sus clientes por los cauces habituales.",
          "Cualquier solicitud relacionada con una visita se atenderá si nos la dirige directamente.",
          "La recepción queda a disposición de todos para cualquier pregunta sobre una visita.",
        ],
      },
    },
  },
  advice: {
    thank: 'Opinión positiva: agradezca de forma breve y personal, mencionando lo que le gustó al cliente.',
    acknowledge_and_fix:
      'Crítica de buena fe: discúlpese por la decepción, diga qué se está haciendo sin prometer lo que no hará y proponga seguir en privado.',
    investigate_then_reply:
      'Acusación grave: compruebe los hechos primero, responda rápido sin negar ni admitir y continúe en privado.',
    firm_and_factual:
      'Tiene hechos que contradicen la opinión: expóngalos con calma, deje al cliente una salida honrosa y cierre el intercambio.',
    defuse_with_humor: 'Crítica leve y sin riesgo: un poco de autocrítica con humor puede desactivarla, nunca a costa del cliente.',
    blackmail_protocol:
      'Intento de chantaje: no ceda en nada, conserve las pruebas y denúncielo a la plataforma; la respuesta pública es neutral, sin acusar ni ceder.',
    report_and_ignore:
      'Contenido abusivo o fuera de tema: denúncielo a la plataforma en lugar de responder, porque una respuesta pública le daría visibilidad. Si quiere responder, use la respuesta mínima y neutral.',
  },
};
