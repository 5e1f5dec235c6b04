<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CL" sourcelanguage="es_CL">
<context>
    <name></name>
    <message>
        <source>Compartir con la Red Territorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La empresa y sus contactos llegan, solo para lectura, a las otras OMIL de la red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editar datos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editar los datos de la empresa (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre y cargo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teléfono y correo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agregar contacto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agregar un contacto (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar gestión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar una llamada, visita, correo, feria… (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitácora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seleccione una empresa de la lista o cree una con Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editar empresa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nueva empresa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los campos con * son obligatorios. Enter guarda; en Observaciones, Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ej.: acuicultura, comercio, construcción</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: nueva línea · Ctrl+Enter: guardar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empresa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubicación y contacto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tiene RUT (persona extranjera sin RUT aún)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona con discapacidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiene credencial del Registro Nacional de Discapacidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mujer jefa de hogar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pertenece a un pueblo originario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Por qué la OMIL trata los datos de la persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identificación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tipo de documento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° de documento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>País del documento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombres *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apellido paterno *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apellido materno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha de nacimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nacionalidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residencia y contacto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comuna *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dirección</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teléfono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perfil laboral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nivel educacional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situación laboral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oficio u ocupación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiencia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grupos prioritarios y protección social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discapacidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grupos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seguro de cesantía</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscripción en BNE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consentimiento y notas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha del consentimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forma del consentimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base de licitud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observaciones</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Cuentas de los funcionarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usuario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Último ingreso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agregar cuenta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desactivar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cambiar mi contraseña…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solo la persona encargada de la OMIL maneja cuentas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cada funcionario(a) tiene su propia cuenta: no comparta contraseñas. Nadie puede cambiar la contraseña de otra persona: si alguien olvida la suya, se recupera con la clave de recuperación impresa («Olvidé mi contraseña» al ingresar). Una cuenta desactivada deja de abrir los datos de inmediato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desactivada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija en la lista la cuenta que desea desactivar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desactivar cuenta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¿Desactivar la cuenta «{user}»? Su contraseña dejará de abrir los datos. Su nombre queda en el registro de lo que hizo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityReportDialog</name>
    <message>
        <source>Informe de actividad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desde:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasta:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generar PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El informe para imprimir, con gráficos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportar a Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Las mismas cifras en una planilla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Período:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cifras de la oficina en el período, comparadas con el mismo período del año anterior, para el municipio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba la fecha.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Período: {period} ({dates}), comparado con {before} ({before_dates}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informe de actividad, {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informe de actividad, {period} (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generando planilla</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Agregar cuenta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ej. pedro.soto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuenta nueva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usuario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre completo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraseña inicial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repita la contraseña</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apoyo: el trabajo diario (personas, atenciones, empresas, talleres). Encargado(a): además las cuentas, la configuración de la oficina, la retención y la eliminación de datos. Entregue la contraseña inicial a la persona en privado; ella puede cambiarla después.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Las dos contraseñas no coinciden: escríbala de nuevo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvanceDialog</name>
    <message>
        <source>Cambiar estado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estado actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuevo estado *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija el nuevo estado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indique la fecha.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AfterStartJob</name>
    <message>
        <source>OMIL Desktop — base de datos dañada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La revisión completa de la base de datos encontró daños. Termine lo que está haciendo y cierre OMIL Desktop: al abrirlo de nuevo se le ofrecerá volver a la copia de respaldo más reciente en buen estado (la base dañada se guarda aparte, no se borra). Mientras tanto no se hacen copias de respaldo de la base dañada, para no reemplazar las buenas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudo hacer la copia de respaldo del día. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Las copias anteriores siguen intactas; se intentará de nuevo la próxima vez que abra el programa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copia de respaldo del día guardada.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Editar convenio FOMIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuevo convenio FOMIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ej. 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ej. 1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ej. $12.000.000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ej. $3.000.000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: nueva línea · Ctrl+Enter: guardar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convenio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los campos con * son obligatorios. El monto se recibe en cuotas (ingresos). Enter guarda; en Observaciones, Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba el año con sus cuatro cifras, ej. 2026.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementTab</name>
    <message>
        <source>Editar convenio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corregir los datos del convenio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agregar ingreso…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar una transferencia recibida de SENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingresos (cuotas transferidas por SENCE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recibido a la fecha: {received} de {transfer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (falta recibir {missing})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — se recibió {extra} más de lo transferido por convenio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cerrado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abierto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su mes está cerrado: reábralo para corregirlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingreso registrado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingreso corregido.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminar ingreso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¿Eliminar el ingreso de {amount} del {day} (comprobante N° {voucher})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingreso eliminado.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Rechazar la solicitud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responder la solicitud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, recibida el {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivo *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respuesta *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter guarda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba la respuesta: qué se hizo o por qué se rechaza.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Asistencia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sesiones como presente; aprueba con {n} % o más.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sesión {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{present} de {total} sesiones como presente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin marcar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceTable</name>
    <message>
        <source>El taller no está abierto: reábralo para corregir la asistencia.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <source>Registrar asistentes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar asistencia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registra a alguien que aún no está en el registro y su asistencia (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba y elija con ↓ ↑; Enter registra a la persona elegida y la ventana queda abierta para la siguiente. Cada asistente recibe la atención «Feria laboral» en su historial. Esc cierra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busque y elija a la persona que asistió.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ya estaba registrada(o): Enter registra su asistencia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (ya registrada(o))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se registró la asistencia de {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionDialog</name>
    <message>
        <source>Editar atención</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar atención</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Elija el tipo —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: nueva línea · Ctrl+Enter: guardar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atención</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tipo de atención *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los campos con * son obligatorios. Enter guarda; en Notas, Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminar atención…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Registro de accesos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quién vio, creó, modificó, exportó o imprimió datos de personas, y cuándo (los nombres de los campos, nunca sus valores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verificar integridad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se exportaron {count} a «{name}».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogTable</name>
    <message>
        <source>Fecha y hora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funcionario(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acción</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin registros de acceso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Más recientes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteriores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}–{last} de {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entrada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entradas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <source>Editar ítem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuevo ítem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ej. Capacitación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan de gastos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los montos pueden ser $0. Enter guarda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <source>Ejecutado SENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ejecutado municipal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saldo SENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saldo municipal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} Sobregirado: lo ejecutado supera lo presupuestado (SENCE o aporte municipal). Cada saldo es su presupuesto menos lo ejecutado a la fecha; los fondos SENCE y el aporte municipal no se suman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agregar ítem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editar ítem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminar ítem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENCE: ejecutado {spent}, presupuesto {budget}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aporte municipal: ejecutado {spent}, presupuesto {budget}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sobregirado. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hay gastos en este ítem: no se puede eliminar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ítem agregado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ítem corregido.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminar ítem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¿Eliminar el ítem «{name}» del plan de gastos?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ítem «{name}» eliminado.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatesDialog</name>
    <message>
        <source>Candidatos para: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cualquier situación laboral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solo quienes cumplen la educación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incluir a quienes ya fueron derivados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (ya derivado)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (se muestran las {} mejores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se derivó</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Derivado: {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Cambiar mi contraseña</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraseña</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraseña actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraseña nueva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repita la nueva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba su contraseña actual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Las dos contraseñas no coinciden: escríbala de nuevo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <source>Eliminar empresa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¿Eliminar {name}, con sus contactos y su bitácora? La eliminación llega también al servidor regional.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyCombo</name>
    <message>
        <source>Escriba para buscar la empresa…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyDetail</name>
    <message>
        <source>RUT: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Razón social: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actividad: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comuna: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacto: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observaciones: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empresa de {office}, compartida con la red: solo lectura.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactos ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitácora ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La gestión elegida no tiene notas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aún no hay llamadas, visitas ni otras gestiones registradas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Elija una comuna de la lista.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUT ya registrado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abrir la empresa registrada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volver al formulario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descartar cambios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hay datos sin guardar. ¿Descartarlos?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComunaCombo</name>
    <message>
        <source>Escriba para buscar la comuna…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Editar contacto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuevo contacto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ej.: jefa de personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los campos con * son obligatorios. Enter guarda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <source>Bloqueado</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-aaaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elegir en el calendario (Alt+↓)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentJob</name>
    <message>
        <source>Cancelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generando PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El PDF quedó guardado en «{path}», pero no se pudo abrir: ábralo desde esa carpeta.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentSettingsDialog</name>
    <message>
        <source>Documentos impresos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacío: «{default}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elegir logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitar logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encabezado y papel de los documentos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se usan en las hojas de asistencia, los certificados y los informes. El logo (PNG o JPEG, hasta 2 MB) se imprime a la izquierda del encabezado; debajo del nombre de la municipalidad va «{office}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter guarda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elegir el logo municipal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imágenes PNG o JPEG (*.png *.jpg *.jpeg);;Todos los archivos (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los documentos se imprimen sin logo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueListModel</name>
    <message>
        <source>sin teléfono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y {n} más</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>{idle} años sin actividad (plazo: {years})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>¿Persona ya registrada?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puede que esta persona ya esté registrada. Revise la lista antes de guardar: un registro duplicado cuenta dos veces en los informes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nacimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comuna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abrir el registro existente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es otra persona: guardar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volver al formulario</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptFolderDialog</name>
    <message>
        <source>Cifrar los datos de la oficina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Los datos de esta oficina no están cifrados&lt;/h2&gt;&lt;p&gt;La Ley 21.719 pide proteger los datos personales: desde ahora se guardan cifrados y se abren con la contraseña de cada funcionario(a). Cree la cuenta de la persona encargada; luego el programa cifra los datos, sus copias de respaldo y los comprobantes (puede tardar unos minutos; si se corta la luz, no se pierde nada).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuenta de la persona encargada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre completo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usuario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraseña</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repita la contraseña</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cifrar y continuar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ahora no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Las dos contraseñas no coinciden: escríbala de nuevo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>El taller está lleno: {name} quedó en la lista de espera, lugar {position}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se inscribió a {name} en el taller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscribir en el taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscribir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registra a alguien que aún no está en el registro y lo inscribe (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba y elija con ↓ ↑; Enter inscribe a la persona elegida y la ventana queda abierta para la siguiente. Esc cierra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busque y elija a la persona que inscribe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ya estaba registrada(o): Enter la(o) inscribe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en espera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ya en el taller</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Supresión de sus datos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonimizar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ej.: solicitud de la persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonimización</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivo *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esto no se puede deshacer. Solo el encargado(a) de la OMIL puede hacerlo. Los cambios llegan al servidor regional y a los otros equipos de la oficina.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indique el motivo de la supresión.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpenseDialog</name>
    <message>
        <source>Editar gasto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar gasto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Elija —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ej. 12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ej. 76.123.456-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ej. Librería El Sur Ltda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documento de respaldo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>19 % del neto, calculado; corríjalo si el documento dice otro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculada según el año del documento (Ley 21.133)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ej. Resmas de papel para talleres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Elija el taller —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— No hay talleres —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ej. Feria laboral de primavera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: nueva línea · Ctrl+Enter: guardar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imputación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjuntar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, JPG o PNG de hasta 20 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comprobantes escaneados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archivos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los campos con * son obligatorios. Enter guarda; en Observaciones, Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Este gasto es de {month}, mes cerrado: solo se puede ver. Para corregirlo, reabra el mes en «Rendición mensual».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gasto (mes cerrado)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ver abre el comprobante elegido.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (se imputa el bruto, {gross})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · no está en este equipo todavía</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · se guarda al guardar el gasto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjuntar comprobantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«{name}» no está en este equipo todavía: llegará con la próxima sincronización.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudo preparar «{name}» para verlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudo abrir «{name}».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpenseListModel</name>
    <message>
        <source>cerrado</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpensesTab</name>
    <message>
        <source>Los gastos de qué mes se muestran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buscar proveedor, RUT, N° o descripción…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter va a la lista; Esc borra la búsqueda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar gasto… (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar un gasto con su documento de respaldo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abrir gasto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ver o corregir el gasto elegido (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminar gasto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Todos los meses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gasto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gastos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ningún gasto coincide con la búsqueda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin gastos en {month} (mes cerrado).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el convenio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin gastos en {where}. Regístrelos con «Registrar gasto…» (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su mes está cerrado: reábralo para eliminarlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gasto registrado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gasto corregido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atención:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminar gasto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¿Eliminar el gasto {document} de {supplier} por {amount}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gasto eliminado: {document}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FairCompanyDialog</name>
    <message>
        <source>Empresa en la feria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agregar empresa a la feria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ej. Operario(a) de planta, Cajero(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empresa participante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empresa *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cupos que trae *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cargos ofrecidos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empresas de la oficina y las que comparte la Red. Cupos: vacantes que la empresa trae a la feria (0 si ninguna). Enter guarda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba los cupos como un número entero, ej. 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija una empresa de la lista.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FairDialog</name>
    <message>
        <source>Enter: nueva línea · Ctrl+Enter: guardar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editar feria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nueva feria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ej. Feria Laboral de Primavera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ej. Gimnasio municipal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La oficina no está en una Red Territorial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tipo *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lugar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comuna *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-organizan (oficinas de la Red Territorial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oficinas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los campos con * son obligatorios. Una feria co-organizada se comparte con la Red: las otras oficinas la ven y registran allí a sus propios asistentes. Enter guarda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija una comuna de la lista.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FairListModel</name>
    <message>
        <source>Organizan: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-organizada: la registró otra oficina (solo lectura).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (planificada)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FairView</name>
    <message>
        <source>← Ferias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volver a la lista de ferias (Alt+←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editar feria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corregir los datos de la feria (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminar feria…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solo una feria sin asistentes ni derivaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empresa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cupos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cargos ofrecidos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agregar empresa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teléfono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar asistentes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buscar en el registro, o registrar a alguien nuevo (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitar a la persona elegida y su atención «Feria laboral»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivar a la persona elegida a una oferta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oferta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contratación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitar una derivación registrada por error (solo si no ha avanzado)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La selección y la colocación de cada derivación se registran en «Ofertas»; aquí se ven las contrataciones que siguieron a la feria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empresas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asistentes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planificada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realizada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-organizada: la registró {owner} (solo lectura). Aquí se registran las empresas, asistentes y derivaciones de esta oficina.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tipo: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lugar: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comuna: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizan: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo registrado por esta oficina:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empresa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empresas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cupo ofrecido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cupos ofrecidos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asistente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asistentes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derivación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derivaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contratación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contrataciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({n} de 3 meses o más)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observaciones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La feria es el {day}: sus asistentes se registran desde ese día.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cupo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cupos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> en total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empresas ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asistentes ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {n} meses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desde el {day}: {contract}{length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (menos de 3 meses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivaciones ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminar feria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¿Eliminar «{name}» y sus empresas participantes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitar empresa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¿Quitar a {name} de la feria?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitar asistente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¿Quitar a {name} de los asistentes? Se quita también la atención «Feria laboral» de su historial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se quitó a {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitar derivación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¿Quitar la derivación de {name} a «{vacancy}»?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FairsPage</name>
    <message>
        <source>Buscar por nombre, lugar o comuna… ej. primavera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nueva feria (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar una feria laboral o un reclutamiento masivo (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abrir feria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empresas, asistentes y derivaciones (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ferias</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Bienvenida a OMIL Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Configuración de la oficina&lt;/h2&gt;&lt;p&gt;Indique la comuna de esta OMIL y el nombre de la persona a cargo. Esto identifica a la oficina en los informes y ante SENCE; puede corregirse después.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre y apellidos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oficina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comuna de la OMIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encargado(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comenzar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Registrar seguimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Elija —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sí, sigue en ese empleo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, ya no trabaja allí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha del seguimiento *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¿Sigue trabajando? *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indique la fecha del seguimiento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indique si la persona sigue en ese empleo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>Personas a llamar para una encuesta de satisfacción: recibieron un servicio hace entre {after} y {within} días y aún no lo evalúan. Primero las más antiguas. Doble clic o Enter: registrar su encuesta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar encuesta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona por llamar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personas por llamar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nadie por llamar por ahora.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Colocaciones cuyo seguimiento a los tres meses vence hasta dentro de {days} días (las vencidas, en rojo). Llame a la persona y registre si sigue trabajando.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empresa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oferta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inicio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar seguimiento…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vencido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin seguimientos pendientes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pendiente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pendientes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForgotPasswordDialog</name>
    <message>
        <source>Olvidé mi contraseña</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba la clave de recuperación impresa al configurar el programa (seis grupos de cuatro letras y números) y una contraseña nueva. Luego el programa le mostrará una clave de recuperación nueva: la anterior dejará de servir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recuperar el acceso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usuario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clave de recuperación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraseña nueva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repita la contraseña</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recuperar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba su nombre de usuario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba la clave de recuperación.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Las dos contraseñas no coinciden: escríbala de nuevo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Guardar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter guarda; en un texto de varias líneas, Ctrl+Enter guarda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstallmentDialog</name>
    <message>
        <source>Editar ingreso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuevo ingreso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ej. $6.000.000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ej. 4567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferencia de SENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los campos con * son obligatorios. Enter guarda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Editar gestión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar gestión con la empresa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Elija el tipo —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: nueva línea · Ctrl+Enter: guardar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los campos con * son obligatorios. Enter guarda; en Notas, Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockSettingsDialog</name>
    <message>
        <source>Bloqueo por inactividad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bloqueo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bloquear tras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin uso del teclado ni del mouse durante ese tiempo, la ventana oculta los datos y pide la contraseña de quien la usaba. Lo que estaba escribiendo no se pierde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter guarda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OMIL Desktop — </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empresas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avisos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ofertas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talleres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferias laborales y reclutamientos masivos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendición</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendición de gastos FOMIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metas del año y seguimiento de la satisfacción</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sincronización</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nueva persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buscar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Configuración</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentos impresos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registro de accesos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Informes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informe de actividad…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plazos de conservación…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisión anual de conservación de datos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Revisión anual pendiente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisión anual de conservación de datos: este año aún no se revisa qué datos pasaron su plazo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base de datos no disponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atención</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atenciones</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyField</name>
    <message>
        <source>ej. $150.000</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthsTab</name>
    <message>
        <source>Mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gastos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingresos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gastos SENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gastos municipal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saldo anterior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saldo siguiente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} El saldo cambió después de cerrar el mes (se reabrió y corrigió un mes anterior): vuelva a generar su rendición.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vista previa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generar PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incluir anexo con comprobantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cada comprobante escaneado en una página, al final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportar a Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cerrar mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bloquea los gastos del mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reabrir mes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permite corregir sus gastos; pide un motivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha y hora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acción</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historial de cierres y reaperturas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cerrado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abierto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Al cerrarse el mes, el saldo era {signed}; hoy es {now} porque se reabrió y corrigió un mes anterior.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 comprobante aún no llega a este equipo: el anexo dirá que no se pudo leer. ¿Generar igual?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} aún no llegan a este equipo: el anexo dirá que no se pudieron leer. ¿Generar igual?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comprobante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comprobantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comprobantes que faltan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportar gastos a Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudo guardar «{path}»: {reason}. Elija otra carpeta, o cierre el archivo si está abierto en otro programa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} de {month} exportados a «{path}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gasto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gastos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¿Cerrar la rendición de {month}?

Sus {count} quedarán bloqueados: no se podrán registrar, corregir ni eliminar gastos de {month} hasta reabrir el mes, con un motivo. El saldo para el mes siguiente será {closing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} cerrado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} reabierto: sus gastos se pueden corregir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewOfficeDialog</name>
    <message>
        <source>Bienvenida a OMIL Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Configuración de la oficina&lt;/h2&gt;&lt;p&gt;Indique la comuna de esta OMIL y los datos de la persona a cargo, que será la primera cuenta del programa. Los datos de las personas atendidas se guardan cifrados: se abren solo con su contraseña.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre y apellidos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ej. ana.perez</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oficina y cuenta de la persona encargada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comuna de la OMIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encargado(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usuario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraseña</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repita la contraseña</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comenzar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La contraseña lleva al menos {n} caracteres; faltan {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largo suficiente. Una frase que solo usted conozca es lo mejor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Las dos contraseñas no coinciden: escríbala de nuevo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Nuevo aviso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: nueva línea · Ctrl+Enter: guardar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compartir con mi Red Territorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esta oficina no pertenece a una Red Territorial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aviso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Título *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los campos con * son obligatorios. Enter guarda; en Texto, Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <source>Nuevo aviso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compartir / dejar de compartir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Título</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compartido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Solo lectura: aviso de otra oficina o de la región)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmilApp</name>
    <message>
        <source>OMIL Desktop ya está abierto con esta carpeta de datos en este equipo, así que no se abrió una segunda ventana (dos a la vez podrían pisarse los datos).

Use la ventana que ya está abierta: búsquela en la barra de tareas. Si la cerró hace un momento, espere unos segundos y vuelva a abrir el programa.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carpeta de datos: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OMIL Desktop ya está abierto</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagedListPage</name>
    <message>
        <source>Enter va a la lista; Esc borra la búsqueda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleListModel</name>
    <message>
        <source> (inactiva)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Mostrar inactivas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desactivar persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} dejará de aparecer en la lista (sus datos y atenciones se conservan y puede reactivarla con «Mostrar inactivas»). ¿Desactivar?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonAccessTab</name>
    <message>
        <source>Registro de accesos a los datos de esta persona (Ley 21.719).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <source>Registrar atención</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar una atención (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ofertas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ofertas abiertas, propias y de la Red Territorial, que calzan con la persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar encuesta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encuesta de satisfacción (nota 1 a 7) sobre uno de sus servicios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editar datos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editar los datos de la persona (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desactivar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimir consentimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimir consentimiento: el formulario para el tratamiento de datos, a firmar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atención</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La atención elegida no tiene notas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editar atención</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminar atención…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seleccione una persona de la lista o cree una con Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicio evaluado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comentario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corregir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corregir la encuesta elegida (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminar la encuesta elegida (Supr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La encuesta elegida no tiene comentario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esta persona aún no responde encuestas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atenciones, derivaciones y colocaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encuestas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accesos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datos personales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datos personales: sus derechos y solicitudes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona anonimizada (supresión de sus datos): sus datos ya no se editan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (inactiva)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ninguna (datos anonimizados)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identificación: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nacimiento: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} ({age} años)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comuna: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacto: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situación laboral: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona con discapacidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (credencial RND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grupos prioritarios: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base de licitud: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Sin consentimiento para compartir sus datos fuera de la oficina (derivación a ofertas de otras oficinas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consentimiento para compartir fuera de la oficina: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nota de 1 a 7 · {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encuestas ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminar encuesta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¿Eliminar la encuesta del {date} (nota {score})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona: {name}

Deja de contar en los resultados de las encuestas. Use esto solo para una encuesta registrada por error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No eliminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esta persona aún no tiene atenciones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Los campos con * son obligatorios. Enter guarda; en Experiencia y Observaciones, Enter es una línea nueva y Ctrl+Enter guarda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editar persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nueva persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descartar cambios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hay datos sin guardar. ¿Descartarlos?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUT ya registrado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abrir el registro existente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volver al formulario</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Escriba el RUT, o marque «No tiene RUT» e indique su documento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija una comuna de la lista.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>RUT o nombre, ej. 12.345 o nunez</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nadie con ese RUT o nombre. ¿Registrar persona nueva…?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickPeopleDialog</name>
    <message>
        <source>Registrar persona nueva…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Registrar colocación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Elija —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actualizar su situación laboral a «Ocupado»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inicio del contrato *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tipo de contrato *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duración (meses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba los meses como número entero, de 1 a {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba la duración: cuenta como colocación desde 3 meses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Cuenta como colocación (contrato de 3 meses o más).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrato de menos de 3 meses: se registra, pero no cuenta como colocación.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Vista previa: rendición de {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mes cerrado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mes abierto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendición de {month} · {state} · {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gasto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gastos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saldo anterior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingresos del mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gastos SENCE del mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gastos aporte municipal del mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saldo para el mes siguiente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saldo anterior + ingresos − gastos SENCE = saldo siguiente. El aporte municipal se informa aparte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mes SENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mes municipal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A la fecha
SENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A la fecha
municipal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sobregirado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Por ítem del plan de gastos:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <source>Copia de sus datos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF y JSON con todos sus datos y quién accedió a ellos (acceso y portabilidad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectificación…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registra la solicitud y abre el formulario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oposición…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se opone a que sus datos se compartan fuera de la oficina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supresión…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonimiza sus datos; lo que la ley exige conservar queda sin nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar solicitud…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechazar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recibida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solicitud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plazo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La solicitud elegida aún no tiene respuesta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La persona no ha hecho solicitudes sobre sus datos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datos anonimizados el {date}: se conserva, sin nombre, lo que la ley exige para los informes y la rendición.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base de licitud: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consentimiento para compartir fuera de la oficina: {date} ({how}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin consentimiento para compartir sus datos fuera de la oficina.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendiente · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plazo legal vencido: responda cuanto antes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardar la copia de sus datos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copia de sus datos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se guardaron {pdf} y {json} en {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oposición</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La persona se opone a que sus datos se compartan fuera de la oficina. Se registrará la solicitud y se retirará su consentimiento: ya no se la podrá derivar a ofertas de otras oficinas. ¿Continuar?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oposición registrada</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>OMIL Desktop — recuperar los datos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se encontró la base de datos de la oficina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El archivo de datos falta o está vacío, pero en esta carpeta ya trabajaba una oficina (hay copias de respaldo o registro del programa). Para no empezar por error una oficina nueva y vacía, OMIL Desktop no la abrió.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base de datos de la oficina está dañada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Para no empeorar el daño, OMIL Desktop no la abrió y no la modificó. Puede volver a una copia de respaldo en buen estado: la base dañada no se borra, queda guardada aparte en la carpeta «apartadas».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carpeta de datos: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copia de respaldo más reciente en buen estado: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los cambios hechos después de esa copia no están en ella.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hay en la carpeta «respaldos» una copia en buen estado de esta oficina. Si tiene una en otro lugar (por ejemplo, en un pendrive), elíjala con «Elegir otra copia…»; si no, pida ayuda a soporte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurar esta copia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elegir otra copia…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elegir la copia de respaldo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copias de OMIL Desktop (*.sqlite3);;Todos los archivos (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copia restaurada: los datos del </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> están de nuevo en uso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> La base de datos que se reemplazó quedó guardada en </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comprobantes escaneados traídos desde {folder}: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OMIL Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Clave de recuperación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Su clave de recuperación nueva&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Clave de recuperación&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Los datos de la oficina quedan cifrados con su contraseña. Si la olvida, esta clave es la &lt;b&gt;única&lt;/b&gt; forma de volver a abrirlos. Se muestra &lt;b&gt;solo esta vez&lt;/b&gt;: imprímala o anótela y guárdela bajo llave, lejos del equipo.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;La clave anterior ya no sirve: destruya esa hoja.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La imprimí o la anoté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardar la hoja de la clave de recuperación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoja guardada en {path}. Imprímala y guárdela bajo llave.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <source>Derivar en la feria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (en la feria)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asistente *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oferta *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ofertas abiertas de la oficina y las que comparte la Red; primero las de las empresas de la feria. La selección y la colocación siguen en «Ofertas». Enter guarda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registre antes a la persona como asistente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hay ofertas abiertas a las que derivar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivar persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUT o nombre, ej. 12.345 o nunez</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ elige en la lista; Enter deriva a la persona elegida.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busque y elija a la persona que deriva.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indique la fecha de la derivación.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenditionArea</name>
    <message>
        <source>El convenio FOMIL del año que se muestra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuevo convenio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar el convenio FOMIL de un año</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convenio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convenio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presupuesto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gastos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendición mensual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valorización</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aún no hay convenios FOMIL registrados: registre el de {year} con «Nuevo convenio…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hay convenio para {year}: regístrelo con «Nuevo convenio…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} registrado. Su plan de gastos parte con los ítems en $0: complételo en «Presupuesto».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reabrir {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ej. Factura registrada con un monto erróneo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reabrir la rendición de {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivo *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reabrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sus gastos se podrán corregir de nuevo. El motivo queda en el historial. Enter reabre.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Registrar solicitud sobre sus datos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Elija la solicitud —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solicitud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solicitud *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recibida el *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El plazo legal para responder es de 30 días corridos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija qué solicita la persona.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indique el día en que se recibió.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fecha de recepción no puede ser futura.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionPeriodsDialog</name>
    <message>
        <source>Plazos de conservación de datos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Años que se conservan los datos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> años</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Por omisión, {n} años</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cada año, la revisión anual (Configuración → Revisión anual de conservación) lista a las personas sin registro, atención, taller, derivación, colocación, feria ni encuesta en ese plazo, para anonimizarlas. Lo que la ley obliga a conservar queda, sin nombre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter guarda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionReviewDialog</name>
    <message>
        <source>Revisión anual de conservación de datos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seleccionar todas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitar selección</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar revisión sin anonimizar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deja constancia de la revisión de este año sin anonimizar a nadie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Última revisión: {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aún no se ha hecho ninguna revisión.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plazo de conservación: {years} años. Personas sin actividad desde antes del {since}: {count}. {last} Al anonimizar, se borran su nombre, RUT, contacto y datos sensibles; lo que la ley obliga a conservar (atenciones, talleres, colocaciones) queda sin nombre, también en el servidor regional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonimizar {n}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonimizar personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¿Anonimizar {n}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se borran sus nombres, RUT, contacto y datos sensibles, en este equipo y en el servidor regional. No se puede deshacer. Lo que la ley obliga a conservar queda, sin nombre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonimizar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No anonimizar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonimizando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonimizadas: {n}. Revisión de este año registrada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} no se anonimizaron: tuvieron actividad después de abrir la lista.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Cuentas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bloqueo por inactividad…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bloquear ahora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sesión: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cambiar de usuario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Cambiar de usuario&lt;/h3&gt;&lt;p&gt;Escriba su usuario y su contraseña.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Sesión {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nueva sesión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ej. 09:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ej. 12:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el lugar del taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacío: el lugar del taller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inicio *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Término *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lugar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entre el {start} y el {end}. Horas como 09:30. Enter guarda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Ingreso a OMIL Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ingreso&lt;/h2&gt;&lt;p&gt;Los datos de esta oficina están cifrados. Escriba su usuario y su contraseña.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordar en este equipo (no pedir la contraseña al abrir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarda la llave en el llavero de Windows de su usuario. Úselo solo si el equipo tiene su propia sesión con contraseña. El bloqueo por inactividad sigue pidiendo la contraseña.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuenta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usuario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraseña</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Olvidé mi contraseña…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingresar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Espere {wait}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba su nombre de usuario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba su contraseña.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Este equipo no tiene un llavero disponible: la contraseña se pedirá.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Corregir encuesta de satisfacción</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar encuesta de satisfacción</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Elija el servicio que evalúa —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (ya encuestado el {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Nota —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: nueva línea · Ctrl+Enter: guardar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encuesta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicio evaluado *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha de la respuesta *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nota (1 a 7) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1: muy insatisfecho · 7: muy satisfecho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cómo se hizo *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comentario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esta persona aún no tiene atenciones, talleres completados, colocaciones ni ferias que evaluar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los campos con * son obligatorios. Enter guarda; en Comentario, Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Espere a que termine la sincronización en curso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error de sincronización</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sincronización: no inscrito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sincronizando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin conexión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cambio rechazado por el servidor regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cambios rechazados por el servidor regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Al día</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicto por decidir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflictos por decidir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registro recibido apartado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registros recibidos apartados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cambio pendiente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cambios pendientes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Inscribir este equipo en el servidor regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscribir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dirección del servidor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Código de inscripción</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de este equipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El código lo entrega la Dirección Regional del SENCE, sirve una sola vez y vence en 7 días.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sincronizar ahora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscribir de nuevo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servidor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Región y red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credencial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Última sincronización</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflictos por decidir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El mismo dato quedó distinto aquí y en el servidor regional (lo cambió la Dirección Regional, u otro equipo de la oficina registró a la misma persona). Elija cuál queda; la elección se enviará en la próxima sincronización.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valor de este equipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valor del servidor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mantener el de este equipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usar el del servidor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registros recibidos apartados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estos registros llegaron del servidor regional pero este equipo no pudo guardarlos; el resto de la sincronización siguió. Se vuelven a intentar en cada sincronización. Si el motivo no se corrige, avise a la Dirección Regional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recibido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reintentar ahora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descartar el seleccionado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba la dirección del servidor y el código de inscripción.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscribiendo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardada en un archivo protegido de la carpeta de datos (solo su usuario puede leerlo), porque este equipo no tiene llavero del sistema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardada en el llavero del sistema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nunca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seleccione el registro apartado que quiere descartar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descartar registro recibido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Este equipo se quedará sin ese cambio de la Dirección Regional u otra oficina. ¿Descartarlo?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seleccione el conflicto que quiere decidir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sincronizar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sincronizar ahora con el servidor regional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetBar</name>
    <message>
        <source>Avance de la meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hoy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetCard</name>
    <message>
        <source>{value} de {target} ({percent} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reached} · {status}: a hoy se esperaban {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reached} · {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Año cerrado: meta cumplida.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Año cerrado: faltó {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Año cerrado: faltaron {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta cumplida, con {extra} más.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta cumplida.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faltan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verb} {missing}: {per_month} al mes de enero a diciembre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verb} {missing}, todo en diciembre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verb} {missing}: {per_month} al mes hasta diciembre.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsArea</name>
    <message>
        <source>El año de las metas que se muestran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editar metas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escribir las metas propias de la oficina para el año elegido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Año:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seguimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El año {year} terminó: se muestra su resultado final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Las metas de un año terminado no se cambian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avance al {day}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsDashboard</name>
    <message>
        <source>{area} — {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La oficina no tuvo metas en {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aún no hay metas para {year}. La Dirección Regional las envía al sincronizar; la oficina también puede escribir las suyas con «Editar metas…».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Metas de {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba la meta de cada indicador para el año {year}; deje en blanco los que no tienen meta. Las que fijó la Dirección Regional no se cambian aquí.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} — {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sin meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter guarda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <source>&lt;h3&gt;OMIL Desktop está bloqueado&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se bloqueó por inactividad. Para seguir, {name} escribe su contraseña.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraseña de {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desbloquear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cambiar de usuario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Espere {wait}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VacanciesArea</name>
    <message>
        <source>Ofertas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seguimientos pendientes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VacanciesForPersonDialog</name>
    <message>
        <source>Ofertas que calzan con: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Red Territorial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oferta abierta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ofertas abiertas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se derivó</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Derivada a: {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VacanciesPage</name>
    <message>
        <source>Todos los estados</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VacancyDetail</name>
    <message>
        <source>Derivar persona…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivar una persona a esta oferta (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidatos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Las personas de la oficina que mejor calzan con la oferta (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editar oferta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editar la oferta (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oficina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cambiar estado…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar colocación…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seleccione una oferta de la lista, o cree una nueva.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas derivadas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empresa: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cupos: {openings} · contratadas: {hires} · derivadas: {referred}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estado: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comuna: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publicación: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · cierre: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condiciones: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licencia </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requisitos: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusiva (Ley 21.015)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compartida por {office}: solo lectura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compartida con la Red Territorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solo se deriva a ofertas abiertas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colocada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contratada, con su colocación registrada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nadie derivado aún.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derivada el </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entrevista el </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VacancyDialog</name>
    <message>
        <source>Editar oferta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nueva oferta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: nueva línea · Ctrl+Enter: guardar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— No exige —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ej. Clase B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ej. $650.000 (bruto mensual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusiva (Ley 21.015)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compartir con la Red Territorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Las otras oficinas de la red la ven (solo lectura) y pueden derivar personas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oferta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empresa *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cargo *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ocupación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cupos *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descripción</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requisitos y condiciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Educación mínima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiencia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licencias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jornada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renta bruta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tipo de contrato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comuna *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publicación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publicación *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cierre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los campos con * son obligatorios. Enter guarda; en Descripción, Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba los cupos como un número entero, ej. 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija una empresa de la lista.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VacancyListModel</name>
    <message>
        <source>Compartida por {office} (solo lectura)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuationTab</name>
    <message>
        <source>Calcular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF de la valorización del período</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desde:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasta:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cantidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gasto SENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gasto municipal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Por unidad SENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Por unidad municipal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Por unidad total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indique desde y hasta qué fecha.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«Hasta» no puede ser anterior a «Desde».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del {start} al {end}: gasto SENCE {sence}, gasto municipal {municipal}. «—»: nadie en el período.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WholeListPage</name>
    <message>
        <source>Enter va a la lista; Esc borra la búsqueda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Editar taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuevo taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ej. Apresto laboral para jóvenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ej. Atención al cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ej. Sala multiuso, Municipalidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ej. Jóvenes de 18 a 29 años</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ej. Programa Más Capaz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% de las sesiones, como presente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: nueva línea · Ctrl+Enter: guardar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Módulos *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otros módulos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitador(a) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lugar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cupos *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grupo objetivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vinculación (opcional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empresa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fechas y aprobación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inicio *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Término *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asistencia mínima *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los campos con * son obligatorios. Enter guarda; en Observaciones, Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba los cupos como un número entero, ej. 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba la asistencia mínima como un número entero, ej. 75.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija una empresa de la lista, o deje el campo vacío.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <source>← Talleres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volver a la lista de talleres (Alt+←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editar taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corregir los datos del taller (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalizar taller…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar quiénes aprobaron y agregarles la atención «apresto»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelar taller…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El taller no se realizará: queda como cancelado, con sus datos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reabrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abrir el taller de nuevo para corregirlo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoja de asistencia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF para firmar, de la sesión elegida en «Sesiones» o en «Asistencia»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF con un certificado por cada persona que aprobó</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF con inscritos, asistencia por sesión y aprobados por sexo y edad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lugar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agregar sesión…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editar sesión…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminar sesión…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asistencia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscribir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buscar en el registro, o registrar a alguien nuevo, e inscribir (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirar a la persona elegida; sube la primera de la lista de espera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Todos presentes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marca presente, en la sesión elegida, a quienes aún no tienen marca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flechas: moverse · Espacio: presente → ausente → justificado · P, A, J: marcar y bajar · Supr: borrar. Cada marca se guarda al instante.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sesiones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscritos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Módulos: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitador(a): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lugar: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cupos: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grupo objetivo: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empresa vinculada: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programa vinculado: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fechas: del {start} al {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aprueba con: {n} % de las sesiones como presente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estado: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> el </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observaciones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>del {start} al {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sesiones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 sesión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{enrolled}/{capacity} inscritos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} en espera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sesiones ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alcanzó cupo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En espera ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{p} % · aprobó</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{p} % · no aprobó</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{enrolled} de {capacity} cupos · {waiting} en espera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{enrolled} de {capacity} cupos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscritos ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El taller no está abierto: la asistencia se lee, no se cambia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agregue las sesiones del taller en «Sesiones».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscriba a las personas en «Inscritos».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¿Eliminar la sesión {n} del {day}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Se borra también su asistencia ({marks}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marcas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminar sesión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ya en el taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en espera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirar del taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¿Retirar a {name} del taller?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se retiró a {name} del taller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sube de la lista de espera: {name}, que ahora tiene cupo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija una sesión (columna).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sesión {n}: {people}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona marcada como presente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personas marcadas como presentes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sesión {n}: ya todos tenían marca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalizar taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¿Finalizar «{name}»? Con la asistencia registrada aprueban {passing} de {total} inscritos (mínimo {minimum} % de las sesiones como presente). A cada persona que aprueba se le agrega una atención «apresto» en su historial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taller finalizado: {n} personas lo completaron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taller finalizado: 1 persona lo completó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se agregó la atención «apresto» al historial de {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Quien ya la tenía de antes no la recibe dos veces.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelar taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¿Cancelar «{name}»? No se realizará: se guarda como cancelado, con sus inscritos y su asistencia, y se puede reabrir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taller cancelado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taller reabierto: puede corregirlo. Las atenciones «apresto» ya agregadas se mantienen y al finalizar de nuevo no se repiten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>Todos los estados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buscar por nombre, facilitador(a) o lugar… ej. apresto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuevo taller (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planificar un taller nuevo (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abrir taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sesiones, inscritos y asistencia (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talleres</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_RankedDialog</name>
    <message>
        <source>Derivar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivar a la persona elegida (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nadie cumple estos filtros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Por qué: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Exportar registro de accesos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No eliminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminar contacto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¿Eliminar el contacto {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empresa: {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminar gestión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¿Eliminar la gestión del {date} ({kind})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminar atención</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¿Eliminar la atención del {date} ({kind})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona: {name}

Deja de contar en su historial y en los informes; su encuesta de satisfacción, si la tiene, se elimina con ella. Use esto solo para una atención registrada por error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;Configuración</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
