<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CL" sourcelanguage="es_CL">
<context>
    <name>AboutPage</name>
    <message>
        <source>Qt {qt} (PySide6 {pyside}) · Python {python}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abrir carpeta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OMIL Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carpeta de datos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tamaño de la base de datos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carpeta del registro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Componentes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programa de gestión de la Oficina Municipal de Información Laboral. El registro guarda lo que hace el programa (sin datos de las personas) para que soporte pueda ayudar si algo falla.</source>
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
    <name>Actualizaciones</name>
    <message>
        <source>No se pudo crear la carpeta de descargas {folder}. Revise que se pueda escribir en la carpeta de datos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El servidor regional no ofrece una versión más nueva que la instalada ({version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El instalador descargado no corresponde al publicado por el servidor regional (su tamaño o su huella SHA-256 no coinciden), así que se descartó y no se instalará. Intente de nuevo más tarde; si se repite, avise a la Dirección Regional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudo guardar el instalador en {folder}. Revise que haya espacio en el disco.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El servidor regional ya no ofrece una versión nueva de OMIL Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El servidor regional indicó una dirección de descarga no válida.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La respuesta del servidor regional sobre la versión nueva llegó dañada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El instalador que envía el servidor regional es más grande de lo anunciado; se descartó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudo descargar la versión nueva por un error inesperado. Intente más tarde.</source>
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
        <source>No se pudo hacer la copia de respaldo del día. {reason} Las copias anteriores siguen intactas; se intentará de nuevo la próxima vez que abra el programa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copia de respaldo del día guardada, pero no se pudo copiar a la carpeta extra: {reason}</source>
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
    <name>ApplyWorker</name>
    <message numerus="yes">
        <source>Revisión detenida: se anonimizaron %Ln persona(s); las demás siguen en la lista.</source>
        <translation>
            <numerusform>Revisión detenida: se anonimizaron %Ln persona; las demás siguen en la lista.</numerusform>
            <numerusform>Revisión detenida: se anonimizaron %Ln personas; las demás siguen en la lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>La anonimización se detuvo por un error inesperado del programa; el detalle quedó en su registro.</source>
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
    <message numerus="yes">
        <source>%Ln entrada(s)</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%Ln entrada(s)</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Ninguna: solo en la carpeta de datos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elegir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dónde y cada cuánto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copiar también en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respaldo automático</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cada copia de respaldo se guarda verificada en la carpeta «respaldos» de la carpeta de datos ({folder}). Si elige otra carpeta (un pendrive, un disco externo), cada copia se copia también ahí, con su archivo de llaves y los comprobantes escaneados: si el equipo se pierde, los datos no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respaldar ahora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurar desde un archivo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copias guardadas en este equipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solo la persona encargada puede cambiar dónde y cada cuánto se respalda, y restaurar una copia; «Respaldar ahora» lo puede usar cualquier cuenta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carpeta donde copiar los respaldos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respaldando… puede seguir trabajando.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verificando la copia…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copia de respaldo verificada del {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>También copiada en {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La copia quedó guardada en la carpeta de datos, pero no en la carpeta extra: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudo copiar el respaldo a la carpeta extra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudo hacer la copia de respaldo: {reason} Las anteriores siguen intactas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} · {kind} · {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aún no hay copias de respaldo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automática</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>antes de actualizar</source>
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
        <source>Copia de otro equipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraseña de un(a) funcionario(a) de esa oficina:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Base de datos</name>
    <message>
        <source>El archivo {path} no es una base de datos de OMIL Desktop. Elija otra carpeta de datos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se puede crear la carpeta de datos {folder}. Revise que la ruta sea una carpeta y que su usuario tenga permiso de escritura.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esta base de datos fue creada por una versión más nueva de OMIL Desktop y esta versión no puede abrirla. Actualice el programa; el archivo no fue modificado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudo hacer la copia de respaldo que se toma antes de actualizar la base de datos, así que no se actualizó. Revise que haya espacio en el disco y que la carpeta «respaldos» se pueda escribir; lo ya guardado no se perdió.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudo actualizar la base de datos a esta versión del programa: {reason} La base de datos quedó como estaba. Antes de intentarlo se guardó una copia de respaldo verificada en {backup}. Avise a soporte.</source>
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
    <message numerus="yes">
        <source>%Ln persona(s)</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
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
        <source>Nombre y apellido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactos ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encuentro empresarial</source>
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
    <name>ConsentPrint</name>
    <message>
        <source>Formulario de consentimiento</source>
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
    <name>CrashBox</name>
    <message>
        <source>Ocurrió un error inesperado en el programa. Lo ya guardado está a salvo. Si se repite, informe a soporte qué estaba haciendo y envíe los detalles; quedaron en el registro del programa:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copiar detalles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copia la versión y dónde ocurrió el error, sin datos de personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cerrar</source>
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
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUT o documento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Última actividad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>Errores</name>
    <message>
        <source>Ocurrió un error inesperado en el programa. Lo ya guardado está a salvo. Si se repite, informe a soporte qué estaba haciendo; el detalle técnico quedó en el registro del programa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La última vez el programa tuvo un error inesperado. Lo ya guardado está a salvo. Si se repite, envíe a soporte el detalle, que quedó en:
{path}</source>
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
    <message numerus="yes">
        <source>%Ln gasto(s)</source>
        <translation>
            <numerusform>%Ln gasto</numerusform>
            <numerusform>%Ln gastos</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%Ln cupo(s) en total</source>
        <translation>
            <numerusform>%Ln cupo en total</numerusform>
            <numerusform>%Ln cupos en total</numerusform>
        </translation>
    </message>
    <message>
        <source> ({n} de 3 meses o más)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln empresa(s)</source>
        <translation>
            <numerusform>%Ln empresa</numerusform>
            <numerusform>%Ln empresas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cupo(s) ofrecido(s)</source>
        <translation>
            <numerusform>%Ln cupo ofrecido</numerusform>
            <numerusform>%Ln cupos ofrecidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asistente(s)</source>
        <translation>
            <numerusform>%Ln asistente</numerusform>
            <numerusform>%Ln asistentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln derivación(es)</source>
        <translation>
            <numerusform>%Ln derivación</numerusform>
            <numerusform>%Ln derivaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contratación(es)</source>
        <translation>
            <numerusform>%Ln contratación</numerusform>
            <numerusform>%Ln contrataciones</numerusform>
        </translation>
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
        <source>{referrals} · {hires}</source>
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
    <message numerus="yes">
        <source>%Ln feria(s)</source>
        <translation>
            <numerusform>%Ln feria</numerusform>
            <numerusform>%Ln ferias</numerusform>
        </translation>
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
        <source>Taller de apresto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y 88 más</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar encuesta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln persona(s) por llamar</source>
        <translation>
            <numerusform>%Ln persona por llamar</numerusform>
            <numerusform>%Ln personas por llamar</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%Ln pendiente(s)</source>
        <translation>
            <numerusform>%Ln pendiente</numerusform>
            <numerusform>%Ln pendientes</numerusform>
        </translation>
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
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
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
    <name>ImportWizard</name>
    <message>
        <source>Importar planilla de la oficina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; Atrás</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siguiente &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas (usuarios de la oficina)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empresas (con un contacto por fila)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planilla .xlsx o archivo .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elegir archivo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija la planilla de la oficina (Excel .xlsx o CSV). En el paso siguiente verá cómo se leen sus columnas y, antes de guardar nada, qué filas se importarán y cuáles no, con el motivo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¿Qué contiene la planilla?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archivo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columna de la planilla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ejemplo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se importa como</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primeras filas que se importarán:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filas que no se importarán, con el motivo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fila</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardar rechazados…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paso 1 de 4: el archivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paso 2 de 4: las columnas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paso 3 de 4: revisión antes de importar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paso 4 de 4: importación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importación terminada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elegir la planilla de la oficina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planillas (*.xlsx *.csv *.txt);;Todos los archivos (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija el archivo de la planilla.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encabezados en la fila {row} de «{name}». Revise a qué dato va cada columna y cámbielo si hace falta; las columnas con «No importar» no se guardan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No importar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisando las filas de la planilla…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filas que se importarán: {valid}. Filas que no se importarán: {rejected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se importan las columnas: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Las filas sin comuna quedan con la comuna de la oficina.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importar ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importando «{name}»: se revisa cada fila y al final se guardan todas juntas. «Cancelar» antes de terminar no guarda nada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importadas: {imported}. Rechazadas: {rejected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarde las filas rechazadas en una planilla con el motivo de cada una, corríjalas e impórtelas de nuevo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importar planilla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rechazadas.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} - rechazadas.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardar las filas rechazadas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planilla Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardar rechazados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filas rechazadas guardadas en «{path}».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <source>La importación se detuvo por un error inesperado del programa; no se guardó nada y el detalle quedó en su registro.</source>
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
        <source>Ajustes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respaldos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acerca de OMIL Desktop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OMIL Desktop</source>
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
        <source>Importar planilla de personas o empresas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importar la planilla de la oficina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La oficina está lista. Si ya lleva una planilla Excel o CSV con sus personas o empresas, puede importarla ahora (también más tarde, desde Configuración).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importar la planilla de la oficina…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ahora no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base de datos no disponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{people} · {attentions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln persona(s)</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln atención(es)</source>
        <translation>
            <numerusform>%Ln atención</numerusform>
            <numerusform>%Ln atenciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchDialogs</name>
    <message>
        <source>Candidatos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajuste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comuna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Razones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ofertas para la persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oferta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empresa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cupos</source>
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
    <message numerus="yes">
        <source>%Ln comprobante(s)</source>
        <translation>
            <numerusform>%Ln comprobante</numerusform>
            <numerusform>%Ln comprobantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gasto(s)</source>
        <translation>
            <numerusform>%Ln gasto</numerusform>
            <numerusform>%Ln gastos</numerusform>
        </translation>
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
        <source>Excel (*.xlsx)</source>
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
    <name>OfficePage</name>
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
        <source>El encabezado va en las hojas de asistencia, los certificados y los informes. El logo (PNG o JPEG, hasta 2 MB) se imprime a la izquierda; debajo del nombre de la municipalidad va «{office}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solo la persona encargada de la OMIL puede cambiar estos datos; su cuenta es de apoyo.</source>
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
    <name>Oficina</name>
    <message>
        <source>Este equipo está inscrito en el servidor regional para esta comuna: la comuna ya no se puede cambiar aquí. Si está mal, avise a la Dirección Regional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La oficina ya tiene registros guardados con esta comuna: cambiarla los dejaría en otra oficina. Si está mal, pida ayuda a soporte.</source>
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
    <message numerus="yes">
        <source>%Ln gasto(s)</source>
        <translation>
            <numerusform>%Ln gasto</numerusform>
            <numerusform>%Ln gastos</numerusform>
        </translation>
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
        <source>Carpeta de datos: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copia de respaldo más reciente en buen estado: &lt;b&gt;{backup}&lt;/b&gt;. Los cambios hechos después de esa copia no están en ella.</source>
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
    <name>Recuperación</name>
    <message numerus="yes">
        <source>%Ln persona(s)</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
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
    <name>RenditionDocuments</name>
    <message>
        <source>Rendición de gastos de {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valorización de servicios</source>
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
    <name>Respaldos</name>
    <message>
        <source>No se encuentra la carpeta de respaldo extra «{folder}»: si es un pendrive, conéctelo y use «Respaldar ahora».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudo copiar el respaldo a la carpeta «{folder}»: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudo leer la copia {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hay base de datos que respaldar en {folder}: la oficina aún no está configurada ahí.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base de datos quedó respaldada, pero no se pudieron copiar los comprobantes junto a ella: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La copia quedó restaurada, pero no se pudieron traer sus comprobantes desde {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diario, al abrir el programa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semanal, al abrir el programa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solo manual («Respaldar ahora»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La ruta de la carpeta admite hasta {max} caracteres (tiene {n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba la ruta completa de la carpeta (por ejemplo E:\Respaldos OMIL), o elíjala con «Elegir…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se encuentra la carpeta «{folder}». Si está en un pendrive o disco externo, conéctelo y vuelva a intentarlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«{folder}» es un archivo, no una carpeta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esa carpeta está dentro de la carpeta de datos, donde ya se guardan las copias. Elija otra, idealmente en un pendrive o disco externo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se puede escribir en la carpeta «{folder}» ({reason}). Si es un pendrive, revise que no esté protegido contra escritura, o elija otra carpeta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija cada cuánto se respalda: diario, semanal o solo manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudo crear la carpeta de copias de respaldo {folder}. Revise que se pueda escribir en la carpeta de datos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ya existe un archivo {file}; elija otro nombre para la copia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base de datos no es de OMIL Desktop; no se copió.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestorePreviewDialog</name>
    <message>
        <source>Restaurar una copia de respaldo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¿Restaurar esta copia?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oficina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha de la copia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contiene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Llave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cifrada con la llave de otro equipo; se abrió con la contraseña dada y quedará cifrada con la de este.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los datos actuales se reemplazan por los de la copia: lo registrado después de esa fecha no está en ella (si el equipo está inscrito, la próxima sincronización trae de vuelta lo que ya se había enviado). La base de datos actual no se borra: queda guardada en la carpeta «apartadas». Después, OMIL Desktop se cierra; ábralo de nuevo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esta copia es de otra oficina: no se puede restaurar en esta carpeta de datos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurar esta copia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln persona(s)</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln atención(es)</source>
        <translation>
            <numerusform>%Ln atención</numerusform>
            <numerusform>%Ln atenciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln empresa(s)</source>
        <translation>
            <numerusform>%Ln empresa</numerusform>
            <numerusform>%Ln empresas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln oferta(s)</source>
        <translation>
            <numerusform>%Ln oferta</numerusform>
            <numerusform>%Ln ofertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln derivación(es)</source>
        <translation>
            <numerusform>%Ln derivación</numerusform>
            <numerusform>%Ln derivaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln colocación(es)</source>
        <translation>
            <numerusform>%Ln colocación</numerusform>
            <numerusform>%Ln colocaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln taller(es)</source>
        <translation>
            <numerusform>%Ln taller</numerusform>
            <numerusform>%Ln talleres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feria(s)</source>
        <translation>
            <numerusform>%Ln feria</numerusform>
            <numerusform>%Ln ferias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gasto(s)</source>
        <translation>
            <numerusform>%Ln gasto</numerusform>
            <numerusform>%Ln gastos</numerusform>
        </translation>
    </message>
    <message>
        <source>OMIL Desktop se cerrará ahora: ábralo de nuevo para seguir.</source>
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
    <message numerus="yes">
        <source>%Ln persona(s)</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
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
    <name>SettingsDialog</name>
    <message>
        <source>Ajustes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oficina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respaldos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sincronización</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acerca de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter guarda los datos de la oficina y de los respaldos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelar</source>
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
    <message numerus="yes">
        <source>%Ln cambio(s) rechazado(s) por el servidor regional</source>
        <translation>
            <numerusform>%Ln cambio rechazado por el servidor regional</numerusform>
            <numerusform>%Ln cambios rechazados por el servidor regional</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicto(s) por decidir</source>
        <translation>
            <numerusform>%Ln conflicto por decidir</numerusform>
            <numerusform>%Ln conflictos por decidir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registro(s) recibido(s) apartado(s)</source>
        <translation>
            <numerusform>%Ln registro recibido apartado</numerusform>
            <numerusform>%Ln registros recibidos apartados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cambio(s) pendiente(s)</source>
        <translation>
            <numerusform>%Ln cambio pendiente</numerusform>
            <numerusform>%Ln cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Al día</source>
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
        <source>Fijada por la Dirección Regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fijada por la oficina</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message numerus="yes">
        <source>Falta(n) {missing}: {per_month} al mes de enero a diciembre.</source>
        <translation>
            <numerusform>Falta {missing}: {per_month} al mes de enero a diciembre.</numerusform>
            <numerusform>Faltan {missing}: {per_month} al mes de enero a diciembre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Falta(n) {missing}, todo en diciembre.</source>
        <translation>
            <numerusform>Falta {missing}, todo en diciembre.</numerusform>
            <numerusform>Faltan {missing}, todo en diciembre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Falta(n) {missing}: {per_month} al mes hasta diciembre.</source>
        <translation>
            <numerusform>Falta {missing}: {per_month} al mes hasta diciembre.</numerusform>
            <numerusform>Faltan {missing}: {per_month} al mes hasta diciembre.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%Ln meta(s)</source>
        <translation>
            <numerusform>%Ln meta</numerusform>
            <numerusform>%Ln metas</numerusform>
        </translation>
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
    <name>UpdateDialog</name>
    <message>
        <source>Versión nueva de OMIL Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hay una versión nueva de OMIL Desktop ({version}); este equipo tiene la {current}. La actualización conserva todos los datos de la oficina y hace una copia de respaldo antes de actualizar la base de datos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descargar e instalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Más tarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descargando el instalador del servidor regional…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se abrió el instalador. Cierre OMIL Desktop para que pueda actualizarlo; los datos de la oficina se conservan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El instalador quedó en {path}. Este sistema no es Windows: ejecútelo en el PC con Windows de la oficina.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intentar de nuevo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <source>⬆ Versión {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hay una versión nueva de OMIL Desktop: haga clic para descargarla</source>
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
    <message numerus="yes">
        <source>%Ln oferta(s) abierta(s)</source>
        <translation>
            <numerusform>%Ln oferta abierta</numerusform>
            <numerusform>%Ln ofertas abiertas</numerusform>
        </translation>
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
        <source>No seleccionado</source>
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
    <name>WorkshopDocuments</name>
    <message>
        <source>Agregue una sesión y elíjala en «Sesiones».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoja de asistencia, sesión {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificados de participación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumen del taller</source>
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
    <message numerus="yes">
        <source>%Ln marca(s)</source>
        <translation>
            <numerusform>%Ln marca</numerusform>
            <numerusform>%Ln marcas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln persona(s) marcada(s) como presente(s)</source>
        <translation>
            <numerusform>%Ln persona marcada como presente</numerusform>
            <numerusform>%Ln personas marcadas como presentes</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%Ln taller(es)</source>
        <translation>
            <numerusform>%Ln taller</numerusform>
            <numerusform>%Ln talleres</numerusform>
        </translation>
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
    <name>_Worker</name>
    <message>
        <source>No se pudo guardar el PDF en «{target}»: {os_reason}. Elija otra carpeta, o cierre el archivo si está abierto en otro programa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudo generar el documento por un error inesperado del programa; el detalle quedó en su registro.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.activity</name>
    <message>
        <source>Mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trimestre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Año</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entre fechas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El año {year} está fuera de rango: va de {FIRST_YEAR} a {LAST_YEAR}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El mes va de 1 a 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El trimestre va de 1 a 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} trimestre de {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>año {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas atendidas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas atendidas por sexo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas atendidas por tramo de edad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas atendidas por grupo prioritario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas con discapacidad atendidas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atenciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atenciones por tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscripciones en la BNE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificaciones del seguro de cesantía (FCS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empresas contactadas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ofertas captadas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cupos captados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrataciones en ofertas de la oficina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivaciones a ofertas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seguimientos de colocaciones realizados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas que siguen trabajando al seguimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talleres de apresto realizados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas inscritas en talleres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas que completaron un taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferias laborales y reclutamientos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas asistentes a ferias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empresas participantes en ferias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cupos ofrecidos en ferias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivaciones en ferias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrataciones por derivaciones en ferias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfacción de usuarios (nota 1 a 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas distintas con al menos una atención en el período: quien fue atendido varias veces se cuenta una vez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edad al último día del período.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Una persona puede estar en más de un grupo; los jóvenes tienen de 18 a 29 años y los mayores de 50, 51 o más, al último día del período.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ofertas de la oficina publicadas en el período.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas contratadas en el período en ofertas de la oficina (derivadas por esta u otra oficina de la Red).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seguimientos registrados en el período, de colocaciones que cuentan como tales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talleres no cancelados que comienzan en el período; personas inscritas (sin retiradas ni en espera) y que lo completaron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferias y reclutamientos masivos realizados en el período (hasta hoy) que la oficina organizó o co-organizó, y lo que la oficina registró en ellos: asistentes (personas distintas), empresas, cupos y derivaciones hechas en la feria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empresas y ofertas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivaciones, colocaciones y seguimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talleres de apresto laboral</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.audit</name>
    <message>
        <source>Íntegro: {entries} de {devices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entrada(s)</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln equipo(s)</source>
        <translation>
            <numerusform>%Ln equipo</numerusform>
            <numerusform>%Ln equipos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>El registro de accesos fue alterado: %Ln problema(s).</source>
        <translation>
            <numerusform>El registro de accesos fue alterado: %Ln problema.</numerusform>
            <numerusform>El registro de accesos fue alterado: %Ln problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>del equipo {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La entrada N° {position} {of_device} está repetida.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falta la entrada N° {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faltan las entradas N° {expected} a {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{missing} {of_device}: fue eliminada del registro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La entrada N° {position} {of_device} fue marcada como eliminada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La entrada N° {position} {of_device} fue modificada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La entrada N° {position} {of_device} no sigue a la anterior: se insertó o reemplazó una entrada.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.companies</name>
    <message>
        <source>Razón social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de fantasía</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actividad económica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tamaño</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comuna</source>
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
        <source>Observaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cargo</source>
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
        <source>Escriba el RUT de la empresa, por ejemplo 76.123.456-0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba la razón social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija la comuna de la empresa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La comuna no existe en el catálogo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba el nombre del contacto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indique la fecha.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fecha no puede ser futura.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija el tipo (llamada, visita, correo…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El RUT {wrong_check_digit} no es válido: revise el RUT de la empresa (en una factura o en el SII).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.dates</name>
    <message>
        <source>La fecha {day:02d}-{month:02d}-{year:04d} no existe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lunes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>martes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>miércoles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jueves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viernes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sábado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domingo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>febrero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marzo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abril</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mayo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>junio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>julio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agosto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>septiembre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>octubre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noviembre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diciembre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.expenses</name>
    <message>
        <source>Factura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factura exenta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boleta de venta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boleta de honorarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liquidación de sueldo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comprobante de egreso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los montos no pueden ser negativos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El bruto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El monto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El neto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{net_label} del documento no puede ser $0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El IVA de un neto de {clp} es {clp2} (19 %), no {clp3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Una {lower} no lleva IVA aparte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La retención de {year} es {value},{value2:02d} % del bruto: {clp}, no {clp2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solo una boleta de honorarios lleva retención.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.fairs</name>
    <message>
        <source>Feria laboral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reclutamiento masivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«{code}» no es un código de comuna de cinco dígitos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lugar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comuna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oficinas co-organizadoras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empresa</source>
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
        <source>Escriba el nombre de la feria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija si es una feria laboral o un reclutamiento masivo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indique la fecha de la feria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fecha está a más de un año: revísela (una feria se registra hasta el {date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija la comuna donde se realiza.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija una comuna de la lista.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solo co-organizan oficinas de la Red Territorial de la oficina.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija la empresa que participa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indique cuántos cupos trae la empresa (0 si ninguno).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los cupos no pueden ser negativos.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.intermediation</name>
    <message>
        <source>Micro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pequeña</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Llamada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encuentro empresarial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feria laboral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reclutamiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jornada completa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jornada parcial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Por turnos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indefinido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plazo fijo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Por obra o faena</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De temporada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honorarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abierta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cubierta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cerrada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrevistado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contratado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No seleccionado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desistió</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.matching</name>
    <message>
        <source>Sin coincidencias claras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su oficio coincide con la oferta ({shown})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiene experiencia en el rubro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vive en {name}, la comuna de la oferta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vive en {name}, de la misma Red Territorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumple la educación pedida ({label})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Educación no registrada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alcanza la educación pedida ({label})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oferta inclusiva (Ley 21.015) y persona con discapacidad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.money</name>
    <message>
        <source>Escriba un monto, por ejemplo $1.234.567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los montos se registran en pesos enteros, sin decimales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El monto solo puede contener números, puntos y el signo $.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El monto «{strip}» está mal escrito: use el punto solo para separar miles, por ejemplo 1.234.567.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.notices</name>
    <message>
        <source>Escriba el título del aviso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El título no puede pasar de {TITLE_MAX} caracteres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indique la fecha de publicación.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.people</name>
    <message>
        <source>Mujer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otro / prefiere no decir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasaporte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documento de identidad extranjero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otro documento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin estudios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Básica incompleta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Básica completa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media incompleta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media completa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Técnica superior incompleta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Técnica superior completa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Universitaria incompleta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Universitaria completa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postgrado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cesante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ocupado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busca trabajo por primera vez</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No afiliado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afiliado, sin uso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cobrando cuenta individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiario Fondo de Cesantía Solidario (FCS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firma en formulario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbal, registrado por el funcionario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medio electrónico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Información</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientación laboral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscripción BNE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificación seguro de cesantía (FCS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivación a capacitación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivación a otro servicio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apresto laboral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feria laboral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mujer jefa de hogar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joven 18–29</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mayor de 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pueblo originario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apellido paterno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apellido materno</source>
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
        <source>Nacionalidad</source>
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
        <source>Oficio u ocupación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiencia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba los nombres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba el apellido paterno (o el único apellido).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin RUT, indique el tipo de documento (pasaporte u otro).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin RUT, escriba el número del documento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin RUT, indique el país que emitió el documento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fecha de nacimiento no puede ser futura.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La OMIL atiende a personas de 14 años o más.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise la fecha de nacimiento: la edad pasa de 110 años.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija la comuna de residencia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La comuna no existe en el catálogo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El correo no parece válido (ejemplo: nombre@dominio.cl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La credencial RND corresponde a personas con discapacidad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fecha de inscripción en la BNE no puede ser futura.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indique la fecha y la forma en que se dio el consentimiento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fecha del consentimiento no puede ser futura.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con base en el consentimiento, registre la fecha y la forma en que se dio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indique la fecha de la atención.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fecha de la atención no puede ser futura.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija el tipo de atención.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.privacy</name>
    <message>
        <source>Encargado(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apoyo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Función legal de la OMIL (Ley 19.518, art. 73)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consentimiento de la persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creó</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modificó</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminó</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportó</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimió</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonimizó</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectificación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supresión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oposición</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portabilidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bloqueo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendiente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechazada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas sin actividad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registro en la OMIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atenciones y servicios de la OMIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivación a una oferta de otra oficina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compartir datos en la Red Territorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identificación, contacto, situación laboral, estudios, grupos prioritarios y discapacidad, para inscribirle y orientarle en su búsqueda de empleo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los servicios que recibe (atenciones, talleres, derivaciones, colocaciones, ferias, encuestas) y las cifras que la OMIL informa a SENCE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre, RUT y teléfono, a la oficina dueña de la oferta, solo para que la empresa le contacte por ella.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo mismo, con las oficinas de la Red Territorial que comparten ofertas y ferias con esta oficina.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saber qué datos suyos tiene la OMIL y recibir una copia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corregir los datos inexactos o incompletos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pedir que se eliminen sus datos, salvo los que la ley obliga a conservar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oponerse a un tratamiento de sus datos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recibir sus datos en un formato que otro sistema pueda leer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pedir que sus datos se suspendan mientras se resuelve su solicitud.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.rendition</name>
    <message>
        <source>El mes va de 1 a 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«{strip}» no es un mes: escríbalo como AAAA-MM, p. ej. 2026-10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El año de «{strip}» está fuera de rango: va de 2000 a 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indique {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los montos no pueden ser negativos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El monto es demasiado grande: revise los dígitos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Año</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° de resolución</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha de resolución</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inicio de ejecución</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Término de ejecución</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monto transferido por SENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aporte municipal comprometido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indique el año del convenio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El año del convenio va de 2000 a 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba el número de la resolución que aprueba el convenio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indique la fecha de la resolución.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indique desde cuándo se ejecuta el convenio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indique hasta cuándo se ejecuta el convenio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El término no puede ser anterior al inicio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el monto que transfiere SENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el aporte municipal (puede ser $0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El monto transferido por SENCE no puede ser $0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha de recepción</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° de comprobante de ingreso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indique cuándo llegó la transferencia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el monto recibido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El monto recibido no puede ser $0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba el número del comprobante de ingreso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° de comprobante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ítem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presupuesto SENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presupuesto aporte municipal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba el nombre del ítem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el presupuesto SENCE (puede ser $0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el presupuesto municipal (puede ser $0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha</source>
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
        <source>RUT del proveedor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre del proveedor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retención</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ítem presupuestario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financiamiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descripción</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actividad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aporte municipal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operación general</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feria laboral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cerrado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reabierto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de la actividad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bruto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Líquido a pagar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indique la fecha del documento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija el tipo de documento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba el número del documento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba el nombre o razón social del proveedor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describa qué se compró o pagó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija el ítem presupuestario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija el taller al que corresponde el gasto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba el nombre de la feria laboral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El RUT {wrong_check_digit} no es válido: revise el RUT del proveedor en el documento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El gasto es anterior a la resolución que aprueba el convenio (N° {resolution_number}, del {resolution_date:%d-%m-%Y}): la Resolución N°30 de Contraloría (art. 13) no permite rendirlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El gasto está fuera del período de ejecución del convenio ({starts_on:%d-%m-%Y} al {ends_on:%d-%m-%Y}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El archivo «{name}» está vacío.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El archivo «{name}» pesa {size_text}: el máximo es 20 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El archivo «{name}» no es un PDF ni una imagen JPG o PNG.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.rut</name>
    <message>
        <source>El número del RUT debe estar entre 1 y {group_thousands}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El RUT {shown} no es válido: revise el número en el carnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba el RUT, por ejemplo 12.345.678-5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El RUT solo puede contener números, puntos, guion y la letra K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El RUT lleva un solo guion, antes del dígito verificador.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba el RUT con su dígito verificador, por ejemplo {EXAMPLE}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El dígito verificador es un solo número o la letra K, después del guion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La letra K solo puede ir al final, como dígito verificador.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El número del RUT no puede ser cero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El RUT es demasiado largo: el número antes del guion tiene como máximo 8 dígitos.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.surveys</name>
    <message>
        <source>Atención</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taller de apresto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colocación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feria laboral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presencial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teléfono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija el servicio que la persona evalúa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indique la fecha de la respuesta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fecha de la respuesta no puede ser futura.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El comentario admite hasta {MAX_COMMENT} caracteres; tiene {len}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija cómo se hizo la encuesta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija la nota, de {MIN_SCORE} a {MAX_SCORE}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La nota va de {MIN_SCORE} a {MAX_SCORE}: {score} no es una nota.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.targets</name>
    <message>
        <source>Gestión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colocación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas atendidas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscripciones en la BNE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas en apresto laboral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificaciones FCS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empresas contactadas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacantes captadas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colocaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dirección Regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oficina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El año de una meta va de {MIN_TARGET_YEAR} a {MAX_TARGET_YEAR}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El año {year} ya terminó: sus metas no se pueden fijar ni cambiar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La meta no puede ser negativa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumplida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Al día</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atrasada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cumplida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Por comenzar</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln persona(s)</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln inscripción(es)</source>
        <translation>
            <numerusform>%Ln inscripción</numerusform>
            <numerusform>%Ln inscripciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln certificación(es)</source>
        <translation>
            <numerusform>%Ln certificación</numerusform>
            <numerusform>%Ln certificaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln empresa(s)</source>
        <translation>
            <numerusform>%Ln empresa</numerusform>
            <numerusform>%Ln empresas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln vacante(s)</source>
        <translation>
            <numerusform>%Ln vacante</numerusform>
            <numerusform>%Ln vacantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln colocación(es)</source>
        <translation>
            <numerusform>%Ln colocación</numerusform>
            <numerusform>%Ln colocaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.text</name>
    <message>
        <source>la carpeta o el archivo no existe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tiene permiso para usar ese lugar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el disco está lleno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el disco o la memoria USB es de solo lectura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el archivo está en uso por otro programa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el nombre es demasiado largo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>es una carpeta, no un archivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parte del camino no es una carpeta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error de lectura o escritura del disco</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ya existe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el nombre no es válido en este sistema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el archivo está abierto en otro programa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error del sistema</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.vacancies</name>
    <message>
        <source>Empresa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ocupación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cupos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descripción</source>
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
        <source>Comuna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publicación</source>
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
        <source>Inclusiva (Ley 21.015)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compartir con la Red Territorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija la empresa que ofrece el trabajo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba el cargo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indique cuántos cupos tiene la oferta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los cupos deben ser al menos 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La renta no puede ser negativa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise la renta: pasa de $100.000.000 al mes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija la comuna del trabajo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La comuna no existe en el catálogo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indique la fecha de publicación.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fecha de cierre no puede ser anterior a la de publicación.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inicio del contrato</source>
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
        <source>Indique la fecha de inicio del contrato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El contrato no puede empezar antes de la derivación.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija el tipo de contrato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indique la duración del contrato en meses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La duración va de 1 a {MAX_CONTRACT_MONTHS} meses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.workshops</name>
    <message>
        <source>Currículum vitae</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrevista laboral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habilidades blandas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derechos laborales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Búsqueda de empleo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alfabetización digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bolsa Nacional de Empleo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emprendimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abierto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalizado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscrito(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En espera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirado(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ausente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justificado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre del taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Módulos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otros módulos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitador(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lugar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cupos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grupo objetivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empresa vinculada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programa vinculado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inicio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Término</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asistencia mínima (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hora de inicio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hora de término</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba el nombre del taller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marque al menos un módulo, o escríbalo en «Otros módulos».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba quién facilita el taller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indique cuántos cupos tiene el taller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los cupos van de 1 a {MAX_CAPACITY}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indique la fecha de inicio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indique la fecha de término.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El término no puede ser anterior al inicio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indique la asistencia mínima para aprobar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La asistencia mínima va de 1 % a 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hay sesiones fuera de estas fechas (la del {value:%d-%m-%Y}); muévalas antes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indique la fecha de la sesión.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La sesión debe estar entre el {starts_on:%d-%m-%Y} y el {ends_on:%d-%m-%Y}, las fechas del taller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba la hora de inicio como 09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba la hora de término como 12:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La hora de término debe ser posterior a la de inicio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no aprueba</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports.activity</name>
    <message>
        <source>Informe de actividad, {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Período: {label} ({dates}) · comparado con {label2} ({dates2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cifras principales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colocaciones: contratos indefinidos o de 3 meses o más que comienzan en el período. {short_sentence} Las «personas» se cuentan una vez aunque se hayan atendido varias veces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparación con {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Por sexo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Por tramo de edad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfacción de usuarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costo por servicio (rendición FOMIL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hubo contratos más cortos en el período.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 contrato de menos de 3 meses no se cuenta como colocación.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number_text} contratos de menos de 3 meses no se cuentan como colocación.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notas de 1 a 7, como en la escuela; promedio con un decimal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gasto del período: {clp} con fondos SENCE y {clp2} de aporte municipal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports.consent_form</name>
    <message>
        <source>Formulario en blanco</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUT o documento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la Red Territorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solo si usted marca «Sí» abajo, la {office} podrá entregar su nombre, RUT y teléfono a las oficinas de {network} ({offices}) cuando le derive a una oferta de trabajo de ellas o a una feria laboral que organicen, y solo para ese fin. Sin su consentimiento, sus datos no salen de esta oficina ni de SENCE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solo si usted marca «Sí» abajo, la {office} podrá entregar su nombre, RUT y teléfono a otra oficina cuando le derive a una oferta de trabajo de ella, y solo para ese fin. Sin su consentimiento, sus datos no salen de esta oficina ni de SENCE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puede ejercer estos derechos en forma gratuita, en persona o por escrito, en la {office} (Municipalidad de {comuna}). La oficina registra su solicitud con su fecha y le responde dentro de 30 días corridos (Ley 21.719). Puede retirar su consentimiento cuando quiera, sin efecto sobre lo hecho antes. Si no le responden, puede reclamar ante la Agencia de Protección de Datos Personales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☐ Sí, doy mi consentimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☐ No doy mi consentimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{comuna}, ____ de ________________ de ______</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firma de {person_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qué datos trata la OMIL y por qué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo que la OMIL hace por su función legal (Ley 19.518, art. 73) no necesita su consentimiento; lo que sale de la oficina, sí.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con quién se comparten sus datos, solo con su consentimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sus derechos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su decisión</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports.paper</name>
    <message>
        <source>Carta (216 × 279 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports.person_data</name>
    <message>
        <source>Persona: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports.recovery_sheet</name>
    <message>
        <source>Clave de recuperación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configurada por {officer_name} ({username}) el {long_date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esta clave abre los datos cifrados de la oficina si se olvida la contraseña de todas las cuentas. Quien la tenga puede leer los datos personales de las personas atendidas: guárdela bajo llave, lejos del equipo, y no la envíe por correo ni la fotografíe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cómo usarla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Al abrir OMIL Desktop, en la ventana de ingreso, elija «Olvidé mi contraseña».
2. Escriba su nombre de usuario, esta clave (con o sin guiones) y una contraseña nueva dos veces.
3. El programa le mostrará una clave de recuperación NUEVA: imprímala y destruya esta hoja, que deja de servir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports.rendition</name>
    <message>
        <source>Mes rendido: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convenio FOMIL {year} · Resolución N° {resolution_number} del {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendición de gastos FOMIL, {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{DRAFT_MARK}: sus gastos aún pueden cambiar. Cierre el mes para rendirlo con este documento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gastos del mes con fondos SENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total gastos con fondos SENCE del mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gastos del mes con aporte municipal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total gastos con aporte municipal del mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ejecución por ítem: fondos SENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ejecución por ítem: aporte municipal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convenio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOMIL {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monto transferido por SENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolución aprobatoria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° {resolution_number} del {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recibido de SENCE al {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Período de ejecución</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aporte municipal comprometido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saldo anterior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(+) Ingresos del mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(−) Gastos del mes con fondos SENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(=) Saldo para el mes siguiente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumen de {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin transferencias recibidas en el mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total ingresos del mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingresos del mes (transferencias de SENCE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin gastos en el mes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{total} (%Ln documento(s))</source>
        <translation>
            <numerusform>{total} (%Ln documento)</numerusform>
            <numerusform>{total} (%Ln documentos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificamos que los gastos detallados corresponden a la ejecución del convenio y que sus documentos de respaldo originales quedan en la municipalidad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anexo: documento de respaldo {index} de {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (página {value} de {parts} del documento)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esta página del PDF está dañada: adjunte el original en papel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El archivo no está en la carpeta de datos de este PC (puede que la sincronización aún no lo haya traído).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El archivo está dañado o no es un PDF, JPG o PNG válido. Adjunte el documento original en papel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valorización de los servicios, {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Período: {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin servicios en el período</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El costo por unidad es el gasto dividido por la cantidad, redondeado al peso; «{NONE}» cuando no hubo ninguno en el período.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costo de cada servicio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gasto del período</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cómo se calcula</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports.template</name>
    <message>
        <source>{day} de {value} de {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OMIL Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generado el {moment} con OMIL Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Página {getPageNumber} de {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports.workshops</name>
    <message>
        <source>Sesión {number} de {len} · {weekday} · {hours_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registro de asistencia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, sesión {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taller: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lugar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitador(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscritos</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hora(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minuto(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} y {minutes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>con una asistencia del {percent} % ({present} de %n sesión(es))</source>
        <translation>
            <numerusform>con una asistencia del {percent} % ({present} de %n sesión)</numerusform>
            <numerusform>con una asistencia del {percent} % ({present} de %n sesiones)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sesión(es) ({duration})</source>
        <translation>
            <numerusform>%n sesión ({duration})</numerusform>
            <numerusform>%n sesiones ({duration})</numerusform>
        </translation>
    </message>
    <message>
        <source>realizado el {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>realizado entre el {date} y el {date2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encargado(a) {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La Oficina Municipal de Información Laboral de {comuna} certifica que</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUT {rut}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participó en el taller de apresto laboral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Módulos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificado de participación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumen del taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fechas</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{first} al {last}; %n sesión(es), {duration}</source>
        <translation>
            <numerusform>{first} al {last}; %n sesión, {duration}</numerusform>
            <numerusform>{first} al {last}; %n sesiones, {duration}</numerusform>
        </translation>
    </message>
    <message>
        <source>Cupos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asistencia mínima para aprobar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asistencia por sesión (de las personas inscritas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Por sexo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Por tramo de edad (al inicio del taller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.access</name>
    <message>
        <source>Hubo varios intentos con una contraseña equivocada. Por seguridad, espere {wait_text} antes de volver a intentarlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minuto(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segundo(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} y {seconds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La contraseña debe tener al menos {MIN_PASSWORD_LENGTH} caracteres (tiene {len}). Una frase corta es fácil de recordar y difícil de adivinar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La contraseña no puede ser solo espacios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Las dos contraseñas no coinciden: escríbala de nuevo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El nombre de usuario lleva de 2 a 40 letras minúsculas sin tilde, números, puntos o guiones (ej. ana.perez).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba el nombre completo del funcionario(a).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El nombre admite hasta {FULL_NAME_MAX} caracteres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exc} Por seguridad, espere {wait_text} antes de volver a intentarlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esta cuenta fue desactivada. Pida a la persona encargada de la OMIL que la active de nuevo o le cree otra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La carpeta {data_dir} ya tiene su archivo de llaves: sus datos ya están cifrados.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hay una cuenta activa con ese nombre de usuario en este equipo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La hoja se guarda como PDF: escriba un nombre terminado en .pdf, no «{name}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esta versión del programa aún no puede cifrar una carpeta existente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La contraseña no abre ninguna cuenta de esta carpeta de datos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los datos de {data_dir} están cifrados y no hay cómo pedir la contraseña (no hay una terminal). En un script, defina la variable de entorno {PASSWORD_ENV} con la contraseña de una cuenta de la oficina.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraseña de {username}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hay cómo pedir la contraseña nueva (no hay una terminal). En un script, defina la variable de entorno {variable}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraseña nueva: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repita la contraseña: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aviso: los datos de {data_dir} no están cifrados: cualquiera que copie la carpeta puede leerlos. Cífrelos con: omil-desktop cifrar --data-dir &quot;{data_dir}&quot; (o abra la ventana, que lo ofrece al iniciar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solo la persona encargada de la OMIL puede {what}. Su cuenta es de apoyo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ya existe la cuenta «{username}» ({full_name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La primera cuenta es la de la persona encargada de la OMIL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba la contraseña de la cuenta nueva.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No puede desactivar su propia cuenta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hay una cuenta «{username}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es la única cuenta de encargado(a) activa: cree otra antes de desactivarla.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los datos de esta carpeta no están cifrados: no hay contraseña que cambiar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.activity_documents</name>
    <message>
        <source>Satisfacción de usuarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costo por servicio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: costo por unidad total ($)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No existe la carpeta «{folder}»: elija otra para guardar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudo guardar «{name}»: si la planilla está abierta en otro programa, ciérrela y vuelva a intentarlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudo guardar «{name}» ({os_reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actividad {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{people}, {attentions}, {placements}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln persona(s) atendida(s)</source>
        <translation>
            <numerusform>%Ln persona atendida</numerusform>
            <numerusform>%Ln personas atendidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln atención(es)</source>
        <translation>
            <numerusform>%Ln atención</numerusform>
            <numerusform>%Ln atenciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln colocación(es)</source>
        <translation>
            <numerusform>%Ln colocación</numerusform>
            <numerusform>%Ln colocaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>services.attentions</name>
    <message>
        <source>La persona no existe o fue eliminada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La atención no existe o ya fue eliminada.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.audit</name>
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
        <source>Equipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudo guardar «{path}»: {os_reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registro de accesos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El registro se exporta como planilla .xlsx o como .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> de la persona</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.companies</name>
    <message>
        <source>Esta empresa es de {office_name}, compartida con la Red Territorial: solo lectura.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n oferta(s) registrada(s)</source>
        <translation>
            <numerusform>una oferta registrada</numerusform>
            <numerusform>%n ofertas registradas</numerusform>
        </translation>
    </message>
    <message>
        <source>La empresa tiene {what}: no se puede eliminar. Elimine o cierre antes sus ofertas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empresa no disponible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El contacto no existe o fue eliminado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El registro no existe o fue eliminado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La empresa no existe o fue eliminada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dirección Regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OMIL {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oficina {office_code}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.consent_documents</name>
    <message>
        <source>La oficina aún no está configurada: elija su comuna antes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hay una persona registrada con el RUT {rut}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Función legal de la OMIL (Ley 19.518, art. 73)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su consentimiento</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.data_requests</name>
    <message>
        <source>La fecha de recepción no puede ser futura.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba la respuesta: qué se hizo o por qué se rechaza.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La solicitud ya fue respondida.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oposición registrada: se retiró el consentimiento para compartir sus datos fuera de la oficina. Sus datos ya no se comparten con otras oficinas (no se la podrá derivar a ofertas de otras oficinas de la red); la OMIL los sigue tratando por su función legal (Ley 19.518, art. 73).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se entregó la copia de sus datos ({what}) el {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La solicitud no existe o fue eliminada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vencida el {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vence el {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La persona no existe o fue eliminada.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.erasure</name>
    <message>
        <source>Los datos de esta persona ya fueron anonimizados.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indique el motivo de la supresión (por ejemplo, la solicitud de la persona).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se eliminaron:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se eliminarán:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se conservan, sin nombre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La persona no existe o fue eliminada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombres y apellidos (quedará «Persona anonimizada»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUT o documento de identidad y nacionalidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Día y mes de nacimiento (se conserva solo el año, {year})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dirección</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oficio u ocupación, experiencia laboral y observaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datos sensibles: discapacidad, credencial RND, mujer jefa de hogar, migrante y pueblo originario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consentimiento para compartir sus datos (fecha y forma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teléfono y correo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Las observaciones de sus atenciones ({attentions})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los comentarios de sus encuestas de satisfacción ({surveys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El nombre, RUT y teléfono copiados en sus derivaciones y sus observaciones ({referrals})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Las observaciones de sus colocaciones ({placements})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teléfono y correo, hasta el seguimiento de su colocación del {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La colocación en «{title}» (inicio {date}) espera el seguimiento a los tres meses, que la OMIL debe hacer y registrar para informarla a SENCE. El contacto se borra al registrar el seguimiento, o {FOLLOW_UP_GRACE_DAYS} días después de su fecha si no se registra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sin nombre, para los informes de la OMIL y la rendición del convenio FOMIL ante SENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sus atenciones ({attentions}): fecha y tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se cuentan {law}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su inscripción y asistencia a talleres ({enrollments})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La asistencia a los talleres de apresto se rinde {law}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su asistencia a ferias laborales ({fairs})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se cuenta {law}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sus derivaciones ({referrals}) y colocaciones ({placements}): fechas, estado y tipo de contrato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Las colocaciones son metas del convenio; se cuentan {law}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La nota de sus encuestas de satisfacción ({surveys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los promedios se informan {law}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexo, comuna, nivel educacional, situación laboral, seguro de cesantía y año de nacimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solos no identifican a la persona; los informes cuentan por sexo, comuna y tramo de edad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sus solicitudes sobre sus datos y las respuestas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La oficina debe poder demostrar que respondió en plazo (Ley 21.719).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El registro de quién vio o modificó sus datos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es la prueba del cuidado de sus datos; guarda nombres de campos, nunca valores, y no se puede modificar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datos anonimizados el {date} ({strip}).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.errors</name>
    <message>
        <source>Revise los campos marcados: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El RUT {rut} ya está registrado a nombre de {existing_name}{state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El documento {document} ya está registrado a nombre de {existing_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (eliminada; se puede volver a registrar con «Nueva empresa»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El RUT {rut} ya está registrado: es la empresa {existing_name}{state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puede que esta persona ya esté registrada: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.fairs</name>
    <message>
        <source>La feria la registró {owner}, que la co-organiza con esta oficina: sus datos los corrige esa oficina. Aquí se registran las empresas, asistentes y derivaciones de esta oficina.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(persona no disponible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La feria tiene asistentes o derivaciones registradas, que quedan en el historial de las personas: quítelos antes de eliminarla.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La empresa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La feria es el {date}: sus asistentes se registran desde ese día.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La persona no existe o fue eliminada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solo se registran personas de esta oficina como asistentes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El asistente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La persona tiene derivaciones hechas en la feria: quítelas antes de quitarla de los asistentes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solo se deriva en la feria a sus asistentes: registre antes a la persona como asistente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La derivación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La derivación ya avanzó en la selección ({lower}): no se quita.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La feria ya tiene asistentes registrados: no puede quedar en una fecha futura.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La empresa elegida no existe o fue eliminada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feria laboral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asistió a «{name}» ({kind}{where}, {date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La feria no existe o fue eliminada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} no existe en la feria o ya fue quitado.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.matching</name>
    <message>
        <source>En la comuna de la oferta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En la Red Territorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En cualquier comuna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La persona no existe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La oferta no existe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.notices</name>
    <message>
        <source>Este aviso es de otra oficina: solo lectura.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El aviso no existe o fue eliminado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dirección Regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OMIL {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oficina {office_code}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.office</name>
    <message>
        <source>Nombre de la municipalidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tamaño del papel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo municipal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OMIL {comuna_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipalidad de {comuna_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OMIL {comuna_name} · {region_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se encontró el archivo «{name}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«{name}» es una carpeta, no una imagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudo leer «{name}»: {os_reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El logo pesa {size_text} y el máximo es 2 MB: elija una imagen más liviana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El archivo no es una imagen PNG o JPEG: elija el logo en uno de esos formatos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El logo debe ser una imagen PNG o JPEG (este archivo es {kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La imagen está dañada o incompleta: elija otro archivo del logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} de {width} × {height} píxeles ({kilobytes} kB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija la comuna de la oficina de la lista.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba el nombre completo de la persona a cargo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El nombre de la municipalidad admite hasta {MUNICIPALITY_MAX} caracteres (tiene {len}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija el papel: carta o A4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El bloqueo por inactividad va de {LOCK_MINUTES_MIN} a {LOCK_MINUTES_MAX} minutos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La oficina aún no está configurada: elija su comuna antes de imprimir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.people</name>
    <message>
        <source>otra persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mismo nombre y fecha de nacimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La persona no existe o fue eliminada.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.person_data</name>
    <message>
        <source>Sí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La persona no existe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No existe la carpeta «{folder}»: elija otra para guardar la copia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudo guardar «{name}»: si está abierto en otro programa, ciérrelo y vuelva a intentarlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudo guardar «{name}» ({os_reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atenciones</source>
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
        <source>Observaciones</source>
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
        <source>Nombres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apellido paterno</source>
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
        <source>Comuna</source>
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
        <source>Seguro de cesantía</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscripción en BNE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consentimiento, base de licitud y notas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base de licitud del tratamiento</source>
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
        <source>Registro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identificador del registro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oficina (código de comuna)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compartida con la red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrada el</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Última modificación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminada el</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonimizada el</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hay registros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivada el</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oferta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrevista / resultado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datos enviados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colocaciones y seguimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inicio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seguimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultado</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{contract}, %n mes(es)</source>
        <translation>
            <numerusform>{contract}, %n mes</numerusform>
            <numerusform>{contract}, %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>Previsto {planned}; hecho {done}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previsto {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigue trabajando</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ya no trabaja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talleres: inscripción</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscrita el</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retiro / aprobación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talleres: asistencia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sesión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asistencia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferias laborales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encuestas de satisfacción</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicio</source>
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
        <source>Medio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solicitudes sobre sus datos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recibida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plazo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respuesta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} el {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quién accedió a sus datos</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Registro y campos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminada el {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (eliminada el {date})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.referrals</name>
    <message>
        <source>La fecha de la derivación no puede ser futura.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Las observaciones no pueden pasar de {NOTES_MAX} caracteres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La persona no existe o fue eliminada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solo se deriva a ofertas abiertas: esta oferta está {lower}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La derivación no puede ser anterior a la publicación de la oferta ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ya fue derivada a esta oferta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} no ha dado su consentimiento para compartir sus datos: no se puede derivar a una oferta de otra oficina. Registre el consentimiento en su ficha y vuelva a intentarlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El resultado de la selección lo registra la oficina dueña de la oferta ({office_name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Una derivación «{label}» no puede pasar a «{label2}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fecha no puede ser futura.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fecha no puede ser anterior al {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cupo(s)</source>
        <translation>
            <numerusform>%n cupo</numerusform>
            <numerusform>%n cupos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s) contratada(s)</source>
        <translation>
            <numerusform>%n contratada</numerusform>
            <numerusform>%n personas contratadas</numerusform>
        </translation>
    </message>
    <message>
        <source>La oferta tiene {cupos} y ya hay {hires}: no se puede contratar a nadie más. Registre a esta persona como «No seleccionado» o aumente los cupos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esta persona ya tiene su colocación registrada: registre el seguimiento en vez de cambiar la derivación.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hay derivación para esta colocación: primero derive a la persona a la oferta y registre su contratación.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La colocación la registra la oficina que derivó a la persona.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solo se registra la colocación de una derivación con resultado «Contratado».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esta contratación ya tiene su colocación registrada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La colocación no existe o fue eliminada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El seguimiento ya se registró el {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fecha del seguimiento no puede ser futura.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El seguimiento no puede ser anterior al inicio del contrato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cuenta como colocación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menos de 3 meses: no cuenta como colocación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seguimiento el {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seguimiento {date}: ya no trabaja ahí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colocación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sin datos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La oferta no existe o fue eliminada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La derivación no existe o fue eliminada.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.rendition</name>
    <message>
        <source>modificar sus ingresos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eliminar sus ingresos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El ítem «{name}» tiene {used} gasto(s) registrado(s): cámbielos de ítem antes de eliminarlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modificar sus gastos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eliminar sus gastos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cambiar sus comprobantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ese archivo ya está adjunto al gasto: «{file_name}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escriba por qué se reabre el mes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El motivo puede tener hasta {REASON_MAX} caracteres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El mes de {label} no está cerrado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reabra primero el mes de {label}: su rendición cerrada parte del saldo de {label2}. Los meses se reabren del último cerrado hacia atrás.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El término no puede ser anterior al inicio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El convenio no existe o fue eliminado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El ingreso no existe o fue eliminado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El ítem del plan de gastos no existe o fue eliminado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El gasto no existe o fue eliminado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El comprobante no es de este gasto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El comprobante no existe o fue quitado.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.rendition_documents</name>
    <message>
        <source>Ningún convenio FOMIL de la oficina se ejecuta en {label}: revise el mes o registre el convenio de ese año.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.rendition_months</name>
    <message>
        <source>El mes de {label} está fuera del período de ejecución del convenio ({starts_on:%d-%m-%Y} al {ends_on:%d-%m-%Y}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El mes de {label} aún no termina: se puede cerrar desde el {first_day:%d-%m-%Y}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El mes de {label} ya está cerrado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cierre primero el mes de {label}: los meses se cierran en orden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El servidor regional rechazó el gasto {document_text} de {supplier_name} ({spent_on:%d-%m-%Y}): {reason}. Elimínelo (y regístrelo de nuevo si corresponde) antes de cerrar el mes de {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El servidor regional rechazó el ingreso del {received_on:%d-%m-%Y} (comprobante {voucher_number}, {clp}): {reason}. Elimínelo (y regístrelo de nuevo si corresponde) antes de cerrar el mes de {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con este gasto, lo gastado con fondos SENCE ({clp}) supera todo lo que SENCE transfiere por el convenio ({clp2}) en {clp3}: el saldo SENCE quedará negativo. El gasto se guardó igual; revise su monto o su financiamiento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona atendida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Todos los gastos del período, divididos por las personas distintas con al menos una atención en el período.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participante de taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los gastos asociados a talleres, divididos por las personas inscritas (sin retiradas ni en lista de espera) en talleres que comienzan en el período.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colocación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los gastos de operación general y de ferias laborales, divididos por las colocaciones con contrato iniciado en el período.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La exportación se guarda como planilla .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No existe la carpeta «{folder}»: elija otra para guardar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gastos {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudo guardar «{name}»: si la planilla está abierta en otro programa, ciérrela y vuelva a intentarlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudo guardar «{name}» ({os_reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.rendition_receipts</name>
    <message>
        <source>No se pudo leer «{name}»: {os_reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudo guardar «{name}»: {os_reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.rendition_records</name>
    <message>
        <source>Convenio FOMIL {year} (Res. N° {resolution_number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El mes de {label} está cerrado: reábralo (con el motivo) para {what}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.rendition_rules</name>
    <message>
        <source>Ya hay un convenio FOMIL {year} (Res. N° {resolution_number}): cada año tiene uno solo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> y otros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hay meses cerrados ({names}): reábralos antes de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reopen} cambiar el mes de inicio del período.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reopen} dejarlos fuera del período.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>que quedaría fuera del período de ejecución: corrija o elimine ese gasto primero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hay un gasto del {first:%d-%m-%Y}, anterior a esa fecha: ningún gasto puede ser anterior a la resolución (Res. N°30 de Contraloría, art. 13).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hay un ingreso del {earliest_income:%d-%m-%Y}, anterior a esa fecha: ningún ingreso puede ser anterior a la resolución.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hay un gasto del {first:%d-%m-%Y}, {outside}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hay un gasto del {last:%d-%m-%Y}, {outside}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hay un ingreso del {latest_income:%d-%m-%Y}, que quedaría fuera del período de ejecución (en ninguna rendición mensual): corrija o elimine ese ingreso primero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ya se recibieron {clp} en cuotas: el monto del convenio no puede ser menor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La transferencia no puede ser anterior a la resolución que aprueba el convenio (N° {resolution_number}, del {resolution_date:%d-%m-%Y}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La transferencia es posterior al término del convenio ({ends_on:%d-%m-%Y}): no quedaría en ninguna rendición mensual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registrar ingresos en él</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quedan {clp} por recibir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ya se recibió todo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Las cuotas sumarían {clp}, más que el monto del convenio ({clp2}): {rest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El plan de gastos ya tiene el ítem «{name}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registrar gastos en él</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija un ítem del plan de gastos de este convenio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El taller no existe o fue eliminado: elija otro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Este documento ya está rendido: {document_text} de {supplier_name}, en el gasto del {spent_on:%d-%m-%Y}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>del aporte municipal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El ítem «{name}» queda sobregirado: lleva {clp} ejecutados con fondos {source} y su presupuesto es {clp2} (se excede en {clp3}). El gasto se guardó igual.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.retention</name>
    <message>
        <source>registro en la OMIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taller de apresto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seguimiento de colocación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encuesta de satisfacción</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin actividad desde el {date} (último: {label}); el plazo de conservación es de {years} años.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: el plazo va de {RETENTION_YEARS_MIN} a {RETENTION_YEARS_MAX} años.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisión anual de conservación de datos: sin actividad desde el {date} (plazo de {years} años).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documento</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.surveys</name>
    <message>
        <source>La encuesta no es de esta persona.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La encuesta no existe o fue eliminada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esta encuesta la registró otra oficina: solo esa oficina puede corregirla o eliminarla.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El servicio elegido no es de esta persona.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Este servicio ya tiene su encuesta, respondida el {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La persona no existe o fue eliminada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atención: {kind_label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taller «{name}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colocación: {title}{where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feria «{name}»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.sync_conflicts</name>
    <message>
        <source>Oficina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha de creación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Última modificación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compartido con la red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tipo de atención</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Título</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha de publicación</source>
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
        <source>Nombre del candidato(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUT del candidato(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teléfono del candidato(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha de derivación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha de entrevista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha del resultado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seguimiento previsto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seguimiento hecho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigue trabajando</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalizado el</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha de inscripción</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orden en la lista de espera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha de retiro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aprobado el</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atención de apresto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sesión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscripción</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asistencia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convenio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gasto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contenido del archivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre del archivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tipo de archivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tamaño</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cierre o reapertura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha y hora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivo</source>
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
        <source>Gastos SENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gastos aporte municipal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saldo para el mes siguiente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lugar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comuna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oficinas organizadoras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feria</source>
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
        <source>Atención de feria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Año</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fijada por</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicio evaluado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atención</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colocación</source>
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
        <source>Medio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base de licitud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonimizada el</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° en el registro del equipo</source>
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
        <source>Tipo de registro</source>
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
        <source>Detalle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huella anterior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huella</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derecho ejercido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha de recepción</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plazo de respuesta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha de respuesta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respuesta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aviso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacto de empresa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestión con empresa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sesión de taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscripción en taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asistencia a taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convenio FOMIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuota del convenio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ítem del plan de gastos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documento de respaldo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cierre de mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feria laboral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empresa en feria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asistente a feria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivación en feria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encuesta de satisfacción</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registro de acceso a datos personales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solicitud sobre datos personales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elija el valor de la oficina o el de la región.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El conflicto ya fue resuelto o no existe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona (no disponible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atención (no disponible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aviso (no disponible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empresa (no disponible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oferta (no disponible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taller (no disponible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convenio FOMIL {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convenio (no disponible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ítem (no disponible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feria (no disponible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta (no disponible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta {year}: {enum_label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gasto (no disponible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(vacío)</source>
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
        <source>El registro apartado ya no está.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.vacancies</name>
    <message>
        <source>Esta oferta es de otra oficina de la Red Territorial: solo lectura. Puede derivar a sus personas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dirección Regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OMIL {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oficina {office_code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ya hay {hires} personas contratadas: los cupos no pueden ser menos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esta oferta tiene derivaciones y queda en el historial de esas personas: ciérrela o cancélela en vez de eliminarla.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La empresa no existe o fue eliminada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La oferta no existe o fue eliminada.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.vacancies_files</name>
    <message>
        <source>Sí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ofertas para la BNE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.workshop_documents</name>
    <message>
        <source>Hoja de asistencia, sesión {session_number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El taller está cancelado: no entrega certificados.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OMIL {comuna_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificado de participación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No existe la carpeta «{folder}»: elija otra para guardar el PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudo guardar «{name}»: si el PDF está abierto en otro programa, ciérrelo y vuelva a intentarlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudo guardar «{name}» ({os_reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.workshops</name>
    <message>
        <source>(persona no disponible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fecha no puede ser futura.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El taller está finalizado. Reabra el taller para {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El taller está cancelado. Reábralo para {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El taller está finalizado. Reabra el taller para modificarlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El taller está finalizado. Reabra el taller para cancelarlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El taller tiene personas inscritas y queda en su historial: cancélelo en vez de eliminarlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El taller no tiene la sesión {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un taller tiene como máximo {MAX_SESSIONS} sesiones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modificar sus sesiones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La persona no existe o fue eliminada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solo se inscribe a personas registradas en esta oficina.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esta persona ya está en la lista de espera del taller (lugar {place}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esta persona ya se retiró del taller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fecha no puede ser anterior a la inscripción ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La sesión del {date} aún no se realiza: su asistencia se registra desde ese día.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El taller ya está finalizado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El taller está cancelado: no se puede finalizar. Reábralo antes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El taller no tiene sesiones: agregue sus sesiones y la asistencia antes de finalizarlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Al taller le quedan {len} de {len2} sesiones (la última el {date}): finalícelo cuando se hayan realizado, o quite las que no se harán.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completó el taller «{name}» ({date} al {date2}): asistió a {present} de {len} sesiones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El taller ya está abierto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La empresa elegida no existe o fue eliminada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hay {enrolled} personas inscritas: los cupos no pueden ser menos. Retire a alguien antes de reducirlos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El taller no existe o fue eliminado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La sesión no existe o fue eliminada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La inscripción no existe o fue eliminada.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>store.blobs</name>
    <message>
        <source>El comprobante está cifrado y falta la llave de la oficina para abrirlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El comprobante no se puede abrir con la llave de esta oficina (es de otro equipo o el archivo está dañado).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>store.encrypt</name>
    <message>
        <source>La llave no es la del archivo de llaves que se quiso guardar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El archivo de llaves {keys_path} no es el de esta llave; no se cifró nada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cifrando la base de datos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cifrando las copias de respaldo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cifrando los comprobantes escaneados…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OMIL Desktop está cifrando esta carpeta de datos. Si el programa se cerró antes de terminar, al abrirlo otra vez con su contraseña termina el trabajo: no borre nada.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La copia cifrada de la base de datos no tiene las mismas filas que la original; no se reemplazó nada. Intente de nuevo o pida ayuda a soporte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base de datos está en uso por otro programa; ciérrelo y vuelva a intentarlo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>store.engine</name>
    <message>
        <source>OMIL Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>store.errors</name>
    <message>
        <source>Disco lleno: no queda espacio en el disco de la carpeta de datos y no se pudo guardar. Libere espacio (por ejemplo, vacíe la papelera o borre descargas) e intente de nuevo; lo ya guardado no se perdió.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base de datos está ocupada por otro programa (¿OMIL Desktop abierto dos veces?). Cierre la otra ventana e intente de nuevo; lo ya guardado no se perdió.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El archivo de la base de datos está dañado y no se puede leer. No lo borre: restaure la última copia de respaldo de la carpeta «respaldos» (al abrir el programa, o con «omil-desktop restore ARCHIVO») o pida ayuda a soporte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se puede escribir en la carpeta de datos. Revise que exista y que su usuario tenga permiso de escritura.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudo leer o escribir el archivo de datos (error del disco). Revise el disco o la memoria USB donde está la carpeta de datos; lo ya guardado no se perdió.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudo leer o escribir el archivo de datos (error del disco: {os_reason}). Revise el disco o la memoria USB donde está la carpeta de datos; lo ya guardado no se perdió.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error de la base de datos: {original}. Lo ya guardado no se perdió.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>store.integrity</name>
    <message>
        <source>La base de datos de la oficina ({path}) está dañada y no se abrió, para no empeorar el daño; el archivo no se modificó. Vuelva a la copia de respaldo más reciente en buen estado: al abrir el programa se le ofrece, o sin ventana con «omil-desktop restore ARCHIVO» (las copias están en {backups}). La base dañada no se borra: queda guardada aparte. Si no tiene copias, pida ayuda a soporte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base de datos de la oficina ({path}) no se puede leer: está cifrada y falta su archivo de llaves (omil.llaves) en la carpeta de datos, o no es una base de datos de OMIL Desktop. No se modificó nada. Si tiene una copia del archivo de llaves, póngala de vuelta en la carpeta; si no, restaure una copia de respaldo (cada una lleva a su lado su archivo «….llaves») con su contraseña o la clave de recuperación: al abrir el programa se le ofrece, o sin ventana con «omil-desktop restore ARCHIVO».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base de datos {path} está cifrada y no se abre con la llave de esta carpeta de datos: el archivo de llaves (omil.llaves) no es el de estos datos (¿se copió el de otro equipo o de otra carpeta?). No se modificó nada. Ponga junto a la base de datos su propio archivo de llaves, o restaure una copia de respaldo con el archivo de llaves que la acompaña.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>está vacío (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no está</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El archivo de datos de la oficina ({path}) {what}, aunque en esta carpeta ya se configuró una oficina (tiene copias de respaldo o registro del programa). Para no reemplazar sus datos por una oficina nueva y vacía, no se abrió. Vuelva a la copia de respaldo más reciente: al abrir el programa se le ofrece, o sin ventana con «omil-desktop restore ARCHIVO». Si de verdad quiere empezar de cero, cambie el nombre de la carpeta de datos y abra el programa otra vez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{moment}: la revisión completa encontró dañada la base de datos {DATABASE_FILENAME}.
OMIL Desktop no la abrirá hasta que se restaure una copia de respaldo en buen estado
(al abrir el programa, o con «omil-desktop restore ARCHIVO»).
Detalle técnico: {detail}
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>store.lock</name>
    <message>
        <source>OMIL Desktop ya está abierto con esta carpeta de datos ({data_dir}) en este equipo. Use la ventana que ya está abierta (búsquela en la barra de tareas) o ciérrela antes de volver a intentarlo; nada se modificó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se puede crear la carpeta de datos {data_dir}. Revise que la ruta sea una carpeta y que su usuario tenga permiso de escritura.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se puede usar la carpeta de datos {data_dir}: su usuario no tiene permiso de escritura en ella.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>store.restore</name>
    <message>
        <source>La copia {name} está cifrada con la llave de otro equipo o de otra carpeta de datos, no con la de esta. Para restaurarla se necesita la contraseña de un(a) funcionario(a) de la oficina que la hizo, o su clave de recuperación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La copia {name} está cifrada. Para restaurarla se necesita la contraseña de un(a) funcionario(a) de la oficina que la hizo, o su clave de recuperación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, con el archivo de llaves {name} que está junto a ella.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, y el archivo de llaves {name} que la acompañaba, que no está junto a ella: cópielo a la misma carpeta que la copia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> No se cambió nada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exc} No se cambió nada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La contraseña no abre la copia {name}: debe ser la de un(a) funcionario(a) de la oficina que la hizo, tal como era ese día (o use la clave de recuperación).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se encuentra el archivo {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El archivo {name} no es una base de datos SQLite: o es una copia cifrada y su archivo de llaves {name2} no está junto a ella (cópielo a la misma carpeta que la copia), o no es una copia de respaldo de OMIL Desktop. No se cambió nada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La copia {name} está dañada (no pasó la revisión de integridad); no se usó. Elija otra copia, por ejemplo una anterior.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudo leer la copia {name}: {explain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El archivo {name} no es una copia de respaldo de OMIL Desktop. Elija un archivo de la carpeta «respaldos».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La copia {name} fue hecha por una versión más nueva de OMIL Desktop y esta versión no puede usarla. Actualice el programa; no se cambió nada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ese archivo es la base de datos en uso; elija una copia de la carpeta «respaldos».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La copia {name} es de otra oficina (OMIL {get}) y esta carpeta de datos es de la OMIL {get2}; no se restauró. Elija una copia de esta oficina.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El archivo de llaves {name} no es el de la copia {name2}; no se restauró. Ponga junto a la copia su propio archivo de llaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stem}-{stamp}-antes-de-restaurar.sqlite3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>store.vault</name>
    <message>
        <source>La contraseña no es correcta. Revise las mayúsculas y vuelva a intentarlo; si la olvidó, use la clave de recuperación.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los datos de {data_dir} están cifrados: ingrese la contraseña para abrirlos (o defina la variable OMIL_DESKTOP_PASSWORD en un script).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La clave de recuperación no tiene la forma esperada: son seis grupos de cuatro letras y números, como se imprimieron al configurar el programa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falta el archivo de llaves {path}: sin él los datos cifrados de esta carpeta no se pueden abrir. Restáurelo desde su copia, o restaure una copia de respaldo con su contraseña.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El archivo de llaves {path} está dañado o no es de OMIL Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El archivo {path} no es un archivo de llaves de OMIL Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El archivo de llaves {path} es de una versión más nueva de OMIL Desktop: actualice el programa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El archivo de llaves {path} está dañado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hay una cuenta con ese nombre de usuario en este equipo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El archivo de llaves está dañado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La clave de recuperación no es correcta para estos datos. Revise que sea la hoja impresa de esta oficina y de este equipo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falta el componente de cifrado (sqlcipher3); reinstale el programa.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync.applier</name>
    <message>
        <source>Este equipo no pudo guardarlo: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: se refiere a un registro que no está en este equipo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ya hay en este equipo otra persona con el mismo RUT o documento. Revise ambos registros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el gasto del {day:%d-%m-%Y} ({document} N° {get})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el ingreso del {day:%d-%m-%Y} (comprobante {voucher})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el cambio a {removeprefix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El mes de {label} está cerrado en este equipo: {change}, que llegó de otro equipo de la oficina, queda apartado para no alterar la rendición ya cerrada. Reabra el mes (con el motivo) para recibirlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ya hay en este equipo otro registro con el mismo dato único.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>se refiere a un registro que no está en este equipo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trae un valor que esta versión del programa no puede guardar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync.client</name>
    <message>
        <source>unidos a registros de otro equipo {merged}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documentos de respaldo por recibir {blobs_pending}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sincronización </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Quedan {remaining} cambios por enviar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure la oficina antes de inscribir el equipo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La dirección del servidor regional debe comenzar con https:// (o http://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El servidor regional inscribió el equipo para otra comuna. Avise a la Dirección Regional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Este equipo aún no está inscrito en el servidor regional. Inscríbalo con el código que entrega la Dirección Regional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La respuesta del servidor regional no corresponde a lo enviado. Se intentará de nuevo; no se perdió ningún cambio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El servidor regional anuncia más cambios pero no los envía. Se intentará más tarde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El servidor regional repitió la misma página de la copia completa.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync.protocol</name>
    <message>
        <source>no puede quedar vacío</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>es demasiado largo (máximo {max_length} caracteres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contiene caracteres no permitidos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no puede tener saltos de línea, tabulaciones ni otros caracteres de control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debe ser verdadero o falso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debe ser una fecha aaaa-mm-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no es una fecha que exista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>está fuera del rango de fechas aceptado (1900 a 2100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no es uno de los valores permitidos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no es una lista de valores permitidos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debe ser una hora hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no es un SHA-256 (64 dígitos hexadecimales en minúscula)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debe ser un mes aaaa-mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no es un identificador válido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debe ser un número entero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debe estar entre {minimum} y {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no es un código de oficina válido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no es un código de comuna válido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no es una comuna del catálogo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tiene demasiadas comunas (máximo {max_codes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no es una lista ordenada de códigos de comuna sin repetir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nombra una comuna que no es del catálogo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no es un RUT escrito como 12345678-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no es un RUT válido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la tabla no se sincroniza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no es un campo de la tabla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La tabla del cambio no se sincroniza.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (y {value} más)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valores no válidos: {shown}{more}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debe ser una fecha y hora ISO (aaaa-mm-ddThh:mm:ss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no es una fecha y hora que exista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El envío supera el tamaño máximo permitido.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El envío llegó dañado (no es gzip válido).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El envío llegó incompleto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El envío no tiene la forma esperada.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync.status</name>
    <message>
        <source>Este equipo fue dado de baja en el servidor regional: inscríbalo de nuevo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se encontró la credencial de este equipo: inscríbalo de nuevo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync.transport</name>
    <message>
        <source>La respuesta del servidor regional no corresponde a lo preguntado. Se intentará de nuevo; no se perdió ningún cambio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El servidor regional respondió de forma inesperada. Se intentará más tarde; no se perdió ningún cambio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La respuesta del servidor regional llegó dañada o incompleta. Se intentará de nuevo; no se perdió ningún cambio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La dirección del servidor regional no es válida (debe comenzar con https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La dirección del servidor regional no es válida.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La respuesta del servidor regional es demasiado grande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La dirección no corresponde a un servidor regional de OMIL Desktop. Revise la dirección del servidor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actualice OMIL Desktop: el servidor regional ya no acepta esta versión. Los cambios sin enviar se conservan hasta entonces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El servidor regional aún no se actualiza a esta versión de OMIL Desktop. Los cambios sin enviar se conservan hasta que se actualice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El código de inscripción no existe, ya se usó o venció.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El código de inscripción fue emitido para otra comuna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Las versiones de OMIL Desktop y del servidor regional no son compatibles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El servidor regional rechazó el envío.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> No se perdió ningún cambio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El servidor regional tuvo un problema (error {status}). Se intentará más tarde; no se perdió ningún cambio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La dirección corresponde a otro servidor regional que el de la inscripción. Revise la dirección o inscriba el equipo de nuevo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minuto(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>unos minutos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demasiados intentos de inscripción desde esta red: espere {wait} y vuelva a probar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin conexión con el servidor regional. Los cambios quedan guardados en este equipo y se enviarán cuando vuelva la conexión.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El servidor regional no respondió a tiempo. Los cambios quedan guardados y se enviarán en el próximo intento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se cortó la conexión con el servidor regional. Los cambios quedan guardados y se enviarán en el próximo intento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sincronización interrumpida al cerrar el programa. Los cambios quedan guardados y se enviarán en el próximo intento.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.audit.log_dialog</name>
    <message>
        <source>Exportar registro de accesos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.companies.record_dialogs</name>
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
</context>
<context>
    <name>ui.fairs.fairs_page</name>
    <message>
        <source>Reclutamiento masivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gimnasio municipal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palena, Futaleufú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asistentes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empresas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cupos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.people.attention_dialog</name>
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
    <message>
        <source>Eliminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No eliminar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.people.person_form</name>
    <message>
        <source>Enter: nueva línea · Ctrl+Enter: guardar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>función legal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.rendition.expenses_tab</name>
    <message>
        <source>Documento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boleta de honorarios N° 888</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Librería El Sur Ltda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materiales e insumos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aporte municipal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compr.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.reports.activity_dialog</name>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.security.session</name>
    <message>
        <source>&amp;Configuración</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.widgets.paged_list</name>
    <message>
        <source>RUT o nombre (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busque por RUT, en cualquier formato o una parte, por razón social o por nombre de fantasía, con o sin tildes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nueva empresa (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln empresa(s)</source>
        <translation>
            <numerusform>%Ln empresa</numerusform>
            <numerusform>%Ln empresas</numerusform>
        </translation>
    </message>
    <message>
        <source>Busque por RUT, en cualquier formato o una parte (12.345), o por nombre, con o sin tildes (nunez encuentra Núñez).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nueva persona (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln persona(s)</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Cargo o empresa (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busque por cargo, ocupación o empresa, con o sin tildes (ej. cocina).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nueva oferta</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln oferta(s)</source>
        <translation>
            <numerusform>%Ln oferta</numerusform>
            <numerusform>%Ln ofertas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Razón social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comuna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teléfono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nacimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empresa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cupos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publicación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cierre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.widgets.whole_list</name>
    <message>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lugar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asistentes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empresas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cupos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inicio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Término</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sesiones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscritos/Cupos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En espera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estado</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.workshops.documents</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.workshops.workshops_page</name>
    <message>
        <source>Sesiones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscritos/Cupos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En espera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalizado</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
